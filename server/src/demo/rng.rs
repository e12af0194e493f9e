//! A small deterministic random source (splitmix64), so one seed always yields the same season.

/// splitmix64: tiny, fast and well mixed; more than enough for invented basketball.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// An independent stream for one part of the simulation. Each part draws from its own
    /// stream, so adding a draw to (say) the name generator does not reshuffle the schedule.
    pub fn fork(&self, label: &str) -> Self {
        let mut forked = Self::new(self.state ^ hash64(label.as_bytes()));
        forked.next_u64();
        forked
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GOLDEN);
        mix(self.state)
    }

    /// Uniform in [0, 1), from the top 53 bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn range(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.unit()
    }

    /// Uniform index below `n` (`n` > 0). The modulo bias is far below anything visible here.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// Uniform integer in `low..=high`.
    pub fn between(&mut self, low: i64, high: i64) -> i64 {
        low + self.below((high - low + 1) as usize) as i64
    }

    pub fn chance(&mut self, probability: f64) -> bool {
        self.unit() < probability
    }

    /// Approximately normal (Irwin–Hall sum of twelve uniforms). Only additions, so the result
    /// does not depend on the platform's libm the way Box–Muller's `ln`/`cos` would.
    pub fn normal(&mut self, mean: f64, sd: f64) -> f64 {
        let sum: f64 = (0..12).map(|_| self.unit()).sum();
        mean + sd * (sum - 6.0)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a followed by a splitmix finaliser: a stable 64-bit hash of some bytes.
pub fn hash64(bytes: &[u8]) -> u64 {
    let fnv = bytes.iter().fold(0xCBF2_9CE4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01B3)
    });
    mix(fnv)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_gives_the_same_stream() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        let first: Vec<u64> = (0..100).map(|_| a.next_u64()).collect();
        let second: Vec<u64> = (0..100).map(|_| b.next_u64()).collect();
        assert_eq!(first, second);
    }

    #[test]
    fn different_seeds_and_forks_differ() {
        let mut a = Rng::new(1);
        let mut b = Rng::new(2);
        assert_ne!(a.next_u64(), b.next_u64());

        let root = Rng::new(7);
        let mut names = root.fork("names");
        let mut schedule = root.fork("schedule");
        assert_ne!(names.next_u64(), schedule.next_u64());
        assert_eq!(
            root.fork("names").next_u64(),
            Rng::new(7).fork("names").next_u64()
        );
    }

    #[test]
    fn draws_stay_in_their_ranges() {
        let mut rng = Rng::new(3);
        for _ in 0..10_000 {
            let unit = rng.unit();
            assert!((0.0..1.0).contains(&unit));
            assert!(rng.below(7) < 7);
            assert!((-2..=2).contains(&rng.between(-2, 2)));
            assert!((4.0..=16.0).contains(&rng.normal(10.0, 1.0)));
        }
    }

    #[test]
    fn normal_has_roughly_the_asked_mean_and_spread() {
        let mut rng = Rng::new(11);
        let draws: Vec<f64> = (0..20_000).map(|_| rng.normal(100.0, 10.0)).collect();
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        let var = draws.iter().map(|d| (d - mean).powi(2)).sum::<f64>() / draws.len() as f64;
        assert!((mean - 100.0).abs() < 0.5, "mean {mean}");
        assert!((var.sqrt() - 10.0).abs() < 0.5, "sd {}", var.sqrt());
    }

    #[test]
    fn shuffle_is_a_permutation() {
        let mut rng = Rng::new(5);
        let mut items: Vec<u32> = (0..50).collect();
        rng.shuffle(&mut items);
        let mut sorted = items.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
        assert_ne!(items, sorted);
    }
}
