//! Memory figures for the health endpoint: the process's resident set and the container's
//! cgroup usage and limit, each in MB with one decimal, or null when unreadable.

use std::path::Path;

fn read_bytes(path: &Path) -> Option<u64> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

fn megabytes(bytes: u64) -> f64 {
    (bytes as f64 / 1024.0 / 1024.0 * 10.0).round() / 10.0
}

/// Resident pages from `/proc/self/statm` times the page size.
pub fn process_rss_mb() -> Option<f64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(megabytes(pages * page_size()))
}

fn page_size() -> u64 {
    // SAFETY: sysconf only reads a system constant.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    u64::try_from(size).unwrap_or(4096)
}

/// cgroup v2 `memory.current`, else v1 `memory.usage_in_bytes`.
pub fn container_current_mb() -> Option<f64> {
    read_bytes(Path::new("/sys/fs/cgroup/memory.current"))
        .or_else(|| read_bytes(Path::new("/sys/fs/cgroup/memory/memory.usage_in_bytes")))
        .map(megabytes)
}

/// cgroup v2 `memory.max` (null when it reads `max`), else v1 `memory.limit_in_bytes`.
pub fn container_limit_mb() -> Option<f64> {
    read_bytes(Path::new("/sys/fs/cgroup/memory.max"))
        .or_else(|| read_bytes(Path::new("/sys/fs/cgroup/memory/memory.limit_in_bytes")))
        .map(megabytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn megabytes_round_to_one_decimal() {
        assert_eq!(megabytes(1024 * 1024), 1.0);
        assert_eq!(megabytes(1_572_864), 1.5);
        assert_eq!(megabytes(1_100_000), 1.0);
    }

    #[test]
    fn unreadable_or_non_integer_files_are_none() {
        assert_eq!(read_bytes(Path::new("/nonexistent/memory.max")), None);
        let dir = std::env::temp_dir().join(format!("mem-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok();
        let file = dir.join("memory.max");
        std::fs::write(&file, "max\n").ok();
        assert_eq!(read_bytes(&file), None);
        std::fs::write(&file, "2147483648\n").ok();
        assert_eq!(read_bytes(&file), Some(2_147_483_648));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn this_process_has_a_resident_set() {
        assert!(process_rss_mb().is_some_and(|mb| mb > 0.0));
    }
}
