//! CSV as RFC 4180 writes it: a header line, then one line per row; a field with a comma, a
//! quote or a line break is quoted, its quotes doubled.

use crate::components::data_table::Rows;
use crate::table::TableSpec;

/// A field as CSV text. Text that a spreadsheet would run as a formula (`=…`, `@…`) gets a
/// leading apostrophe; signed numbers such as "+16" are left alone.
pub fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn line(fields: impl IntoIterator<Item = String>) -> String {
    let mut out = fields.into_iter().collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

/// The table's headers and the cells' text of `order` (row indices), in that order.
pub fn table_csv(spec: &TableSpec, rows: &Rows, order: &[usize]) -> String {
    let mut out = line(spec.columns.iter().map(|c| field(c.header)));
    for &index in order {
        if let Some(cells) = rows.cells.get(index) {
            out.push_str(&line(cells.iter().map(|cell| field(&cell.text))));
        }
    }
    out
}

/// The download link of a table: its name and the page's query, plus `extra` (the team or
/// game the page takes from its path).
pub fn csv_href(name: &str, params: &[(String, String)], extra: &[(&str, &str)]) -> String {
    let mut pairs: Vec<(String, String)> = extra
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    pairs.extend(params.iter().cloned());
    format!("/csv/{name}{}", crate::url::build_query(&pairs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::data_table::Cell;
    use crate::table::{Column, Dir, Kind, SortKey};

    #[test]
    fn commas_quotes_and_newlines_are_quoted() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\rlf"), "\"cr\rlf\"");
        assert_eq!(field("+16"), "+16");
        assert_eq!(field("-12"), "-12");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("@cmd"), "'@cmd");
    }

    #[test]
    fn download_links_carry_the_page_query() {
        let params = vec![("lines_sort".to_owned(), "plus_minus".to_owned())];
        assert_eq!(
            csv_href("lines", &params, &[("game", "2030-03-01-bos-lal")]),
            "/csv/lines?game=2030-03-01-bos-lal&lines_sort=plus_minus"
        );
        assert_eq!(csv_href("players", &[], &[]), "/csv/players");
    }

    #[test]
    fn a_table_writes_its_headers_then_the_rows_in_order() {
        const SPEC: TableSpec = TableSpec {
            key: "t",
            columns: &[
                Column {
                    id: "a",
                    header: "Name",
                    kind: Kind::Text,
                },
                Column {
                    id: "b",
                    header: "Note, long",
                    kind: Kind::Text,
                },
            ],
            default_sort: "a",
            default_dir: Dir::Asc,
            page_size: 10,
        };
        let mut rows = Rows::default();
        rows.push(
            vec![Cell::text("Zoë"), Cell::text("x")],
            vec![SortKey::Null, SortKey::Null],
        );
        rows.push(
            vec![Cell::text("Al"), Cell::text("a \"b\"")],
            vec![SortKey::Null, SortKey::Null],
        );
        assert_eq!(
            table_csv(&SPEC, &rows, &[1, 0]),
            "Name,\"Note, long\"\r\nAl,\"a \"\"b\"\"\"\r\nZoë,x\r\n"
        );
    }
}
