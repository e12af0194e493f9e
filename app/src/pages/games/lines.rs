//! "Top player lines": the slate's best scoring lines, for the selected game or the whole
//! slate, with the season-high and above/below-average colours.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::data_table::{Cell, DataTable, Rows};
use crate::format::{int, parse_signed, pct1};
use crate::model::games::{GameSummary, GamesData, PlayerLine};
use crate::table::{SortKey, TableState};

use super::state::{lines_in_scope, GamesState, Scope, LINES};

/// The PTS cell's colour class for a `pts_color` code.
fn points_class(code: Option<i64>) -> Option<&'static str> {
    match code {
        Some(1) => Some("hl-season-high"),
        Some(2) => Some("hl-above"),
        Some(3) => Some("hl-below"),
        _ => None,
    }
}

pub fn line_rows(lines: &[&PlayerLine]) -> Rows {
    let mut rows = Rows::default();
    for line in lines {
        let dash = || "-".to_owned();
        rows.push(
            vec![
                Cell::link(line.team.label.clone(), line.team.href()),
                Cell::link(line.player.clone(), Some(format!("/players/{}", line.slug))),
                Cell::text(line.pts.map_or_else(dash, |p| int(p.round() as i64)))
                    .class(points_class(line.pts_code)),
                Cell::text(line.ts.map_or_else(dash, pct1))
                    .class((line.ts_code == Some(1)).then_some("hl-season-high")),
                Cell::text(line.plus_minus.clone().unwrap_or_else(dash)),
                Cell::text(line.outcome.clone().unwrap_or_else(dash)),
            ],
            vec![
                SortKey::text(&line.team.label),
                SortKey::text(&line.player),
                SortKey::opt_num(line.pts),
                SortKey::opt_num(line.ts),
                SortKey::opt_num(
                    line.plus_minus
                        .as_deref()
                        .and_then(parse_signed)
                        .map(|n| n as f64),
                ),
                line.outcome.as_deref().map_or(SortKey::Null, SortKey::text),
            ],
        );
    }
    rows
}

#[component]
pub fn LinesSection(
    data: Arc<GamesData>,
    state: Memo<GamesState>,
    game: Memo<Option<GameSummary>>,
) -> impl IntoView {
    let has_games = !data.games.is_empty();
    if !has_games && data.lines.is_empty() {
        return ().into_any();
    }
    // Without games there is nothing to scope to: the whole slate is shown.
    let scope = move || {
        if has_games {
            state.get().players
        } else {
            Scope::Slate
        }
    };
    let eyebrow = move || match scope() {
        Scope::Game => "TOP PLAYER LINES · THIS GAME",
        Scope::Slate => "TOP PLAYER LINES · FULL SLATE",
    };
    let scope_link = move |option: Scope, label: &'static str| {
        let href = move || state.get().with_players(option).href();
        let current = move || (scope() == option).then_some("true");
        view! { <a href=href aria-current=current data-noscroll="true">{label}</a> }
    };
    let control = has_games.then(|| {
        view! {
            <div class="segmented" role="group" aria-label="Player lines">
                {scope_link(Scope::Game, "This game")}
                {scope_link(Scope::Slate, "Full slate")}
            </div>
        }
    });

    let table = move || {
        let current = state.get();
        let scope = scope();
        let rows = game.with(|game| line_rows(&lines_in_scope(&data, game.as_ref(), scope)));
        if rows.cells.is_empty() {
            return match scope {
                Scope::Game => view! {
                    <p class="empty-state">
                        "None of the slate's top player lines came from this game. "
                        <a href=current.with_players(Scope::Slate).href() data-noscroll="true">
                            "Show the full slate"
                        </a>
                    </p>
                }
                .into_any(),
                Scope::Slate => {
                    view! { <p class="empty-state">"No player lines yet."</p> }.into_any()
                }
            };
        }
        let game = current.game.clone();
        let extra: Vec<(&str, &str)> = game.iter().map(|slug| ("game", slug.as_str())).collect();
        let download = crate::csv::csv_href("lines", &current.params(), &extra);
        let base = current.clone();
        let href = move |next: &TableState| {
            GamesState {
                lines: next.clone(),
                ..base.clone()
            }
            .href()
        };
        view! {
            <DataTable
                spec=&LINES
                state=current.lines.clone()
                rows
                href
                caption="Top player lines".to_owned()
                empty="No player lines yet."
                download
            />
        }
        .into_any()
    };

    view! {
        <section class="panel lines-panel" aria-labelledby="lines-title">
            <div class="section-head">
                <h2 id="lines-title" class="eyebrow">{eyebrow}</h2>
                {control}
            </div>
            <div class="legend-card">
                <p class="legend-card-title">"CELL COLORING LEGEND"</p>
                <span class="legend-pill hl-season-high">"Season high"</span>
                <span class="legend-pill hl-above">"10+ pts above avg"</span>
                <span class="legend-pill hl-below">"10+ pts below avg"</span>
            </div>
            {table}
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TeamRef;
    use crate::table::{sort_and_page, Dir};

    fn line(player: &str, pts: f64, plus_minus: &str, code: Option<i64>) -> PlayerLine {
        PlayerLine {
            team: TeamRef {
                abbr: Some("BOS".into()),
                label: "BOS".into(),
            },
            player: player.into(),
            slug: player.to_lowercase(),
            pts: Some(pts),
            ts: Some(0.6123),
            plus_minus: Some(plus_minus.into()),
            outcome: Some("W".into()),
            pts_code: code,
            ts_code: Some(1),
        }
    }

    #[test]
    fn plus_minus_sorts_as_a_number_and_codes_colour_cells() {
        let lines = [
            line("A", 30.0, "+16", Some(1)),
            line("B", 28.0, "-12", Some(2)),
            line("C", 27.0, "0", Some(3)),
            line("D", 26.0, "+3", None),
        ];
        let rows = line_rows(&lines.iter().collect::<Vec<_>>());
        let state = TableState {
            sort: "plus_minus",
            dir: Dir::Asc,
            page: 1,
        };
        let (order, _) = sort_and_page(&LINES, &state, &rows.keys);
        let shown: Vec<&str> = order
            .iter()
            .map(|&i| rows.cells[i][4].text.as_str())
            .collect();
        assert_eq!(shown, ["-12", "0", "+3", "+16"]);
        let classes: Vec<Option<&str>> = rows.cells.iter().map(|c| c[2].class).collect();
        assert_eq!(
            classes,
            [
                Some("hl-season-high"),
                Some("hl-above"),
                Some("hl-below"),
                None
            ]
        );
        assert_eq!(rows.cells[0][3].text, "61.2%");
        assert_eq!(rows.cells[0][3].class, Some("hl-season-high"));
        assert_eq!(rows.cells[0][1].href.as_deref(), Some("/players/a"));
    }
}
