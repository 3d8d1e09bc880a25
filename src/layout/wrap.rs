//! Greedy line breaking for mixed Chinese and Latin text: CJK may break between any two characters,
//! Latin only at spaces; closing punctuation never starts a line and opening punctuation never ends one
//! (the basic rules of Chinese typesetting, 禁则). Explicit "\n" always breaks.

use super::measure::{is_wide, TextMeasure};
use crate::paint::Font;

/// Breaks `text` into lines no wider than `max_width` (a single unbreakable run wider than that is
/// split by characters). Never returns an empty vector for non-empty text.
pub fn wrap(text: &str, font: Font, max_width: f64, measure: &dyn TextMeasure) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph, font, max_width.max(1.0), measure, &mut lines);
    }
    lines
}

/// Like [`wrap`], but with lines of even length (CSS `text-wrap: balance`): a heading that needs two
/// lines gets two halves, never a full line and a lonely last character.
pub fn wrap_balanced(
    text: &str,
    font: Font,
    max_width: f64,
    measure: &dyn TextMeasure,
) -> Vec<String> {
    let greedy = wrap(text, font, max_width, measure);
    if greedy.len() < 2 {
        return greedy;
    }
    // The narrowest width that still needs no more lines than the greedy wrap.
    let (mut lo, mut hi) = (max_width / greedy.len() as f64, max_width);
    for _ in 0..12 {
        let mid = (lo + hi) / 2.0;
        if wrap(text, font, mid, measure).len() <= greedy.len() {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    wrap(text, font, hi, measure)
}

/// Like [`wrap`], but a paragraph never ends on a widow: when the last line would hold less than a
/// fifth of the column ("点。" alone under a full line), the column is narrowed a little so that more
/// words come down — keeping the number of lines. Body text stays ragged (unlike [`wrap_balanced`]).
pub fn wrap_without_widow(
    text: &str,
    font: Font,
    max_width: f64,
    measure: &dyn TextMeasure,
) -> Vec<String> {
    let greedy = wrap(text, font, max_width, measure);
    let is_widow = |lines: &[String]| {
        lines.len() >= 2
            && !text.contains('\n')
            && lines.last().is_some_and(|l| measure.width(l, font) < max_width * 0.2)
    };
    if !is_widow(&greedy) {
        return greedy;
    }
    for share in [0.95, 0.9, 0.85, 0.8] {
        let lines = wrap(text, font, max_width * share, measure);
        if lines.len() > greedy.len() {
            break;
        }
        if !is_widow(&lines) {
            return lines;
        }
    }
    greedy
}

/// `text` if it fits `max` px, else its longest start that fits with "…" after it.
pub fn ellipsize(text: &str, font: Font, max: f64, measure: &dyn TextMeasure) -> String {
    if measure.width(text, font) <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if measure.width(&format!("{out}…"), font) > max {
            out.pop();
            break;
        }
    }
    out.push('…');
    out
}

fn wrap_paragraph(
    text: &str,
    font: Font,
    max_width: f64,
    measure: &dyn TextMeasure,
    lines: &mut Vec<String>,
) {
    let tokens = tokens(text);
    let mut line = String::new();
    let mut i = 0;
    while i < tokens.len() {
        if line.trim().is_empty() {
            // A line of nothing but spaces takes the next token whatever its width.
            line.push_str(&tokens[i]);
            i += 1;
        } else {
            // How many of the next tokens still fit on this line. The greedy rule takes tokens while
            // they fit, and a longer line is never narrower, so the count is found by galloping
            // and bisecting: O(log n) measurements per line instead of one per token (a Chinese
            // paragraph is one token per character, and balanced headings wrap a dozen times).
            let fits = |k: usize| {
                let candidate: String = tokens[i..i + k].iter().fold(line.clone(), |mut c, t| {
                    c.push_str(t);
                    c
                });
                measure.width(candidate.trim_end(), font) <= max_width
            };
            let left = tokens.len() - i;
            let (mut good, mut step) = (0, 1);
            while good < left && fits((good + step).min(left)) {
                good = (good + step).min(left);
                step *= 2;
            }
            let mut bad = (good + step).min(left + 1);
            while bad - good > 1 {
                let mid = good + (bad - good) / 2;
                if fits(mid) {
                    good = mid;
                } else {
                    bad = mid;
                }
            }
            if good > 0 {
                tokens[i..i + good].iter().for_each(|t| line.push_str(t));
                i += good;
                continue;
            }
            lines.push(line.trim_end().to_string());
            line = tokens[i].trim_start().to_string();
            i += 1;
        }
        // One token alone is too wide (also when it starts a new line): split it by characters.
        if measure.width(line.trim_end(), font) > max_width {
            for part in split_chars(line.trim_end(), font, max_width, measure) {
                lines.push(part);
            }
            line = lines.pop().unwrap_or_default();
        }
    }
    lines.push(line.trim_end().to_string());
}

fn split_chars(text: &str, font: Font, max_width: f64, measure: &dyn TextMeasure) -> Vec<String> {
    let mut parts = vec![String::new()];
    for c in text.chars() {
        let last = parts.last_mut().expect("parts starts non-empty");
        last.push(c);
        if measure.width(last, font) > max_width && last.chars().count() > 1 {
            last.pop();
            parts.push(c.to_string());
        }
    }
    parts
}

fn closes(c: char) -> bool {
    "，。、；：！？）」』”’》〉】,.;:!?)%]…·".contains(c)
}

fn opens(c: char) -> bool {
    "（「『“‘《〈【([".contains(c)
}

/// Unbreakable units: one CJK character (with any closing punctuation after it and opening punctuation
/// before it), or one Latin word with its trailing spaces.
fn tokens(text: &str) -> Vec<String> {
    const IDEOGRAPHIC_SPACE: char = '\u{3000}';
    let mut out: Vec<String> = Vec::new();
    let mut pending_open = String::new();
    let mut word = String::new();
    let flush_word = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            out.push(std::mem::take(word));
        }
    };
    for c in text.chars() {
        if opens(c) {
            flush_word(&mut word, &mut out);
            pending_open.push(c);
        } else if closes(c) {
            if !word.is_empty() {
                word.push(c);
            } else if !pending_open.is_empty() {
                // "（%）": a closing mark right after an opening one belongs with it; appending it
                // to the previous token would move it before the opening mark.
                pending_open.push(c);
            } else if let Some(last) = out.last_mut() {
                last.push(c);
            } else {
                pending_open.push(c);
            }
        } else if c == ' ' || c == IDEOGRAPHIC_SPACE {
            // A run of spaces stays one token (it ends at the next non-space): one token per space
            // made a text of 100,000 spaces re-measure its ever longer line per space, quadratic
            // (found by fuzzing). The break opportunities are the same: after the run.
            word.push(c);
        } else if is_wide(c) {
            flush_word(&mut word, &mut out);
            out.push(format!("{}{c}", std::mem::take(&mut pending_open)));
        } else {
            if word.ends_with([' ', IDEOGRAPHIC_SPACE]) {
                flush_word(&mut word, &mut out);
            }
            if word.is_empty() {
                word.push_str(&std::mem::take(&mut pending_open));
            }
            word.push(c);
        }
    }
    word.push_str(&pending_open);
    flush_word(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::measure::EstimateMeasure;

    fn w(text: &str, max: f64) -> Vec<String> {
        wrap(text, Font::regular(10.0), max, &EstimateMeasure)
    }

    #[test]
    fn a_closing_mark_right_after_an_opening_one_keeps_its_place() {
        assert_eq!(w("增速（%）", 300.0), vec!["增速（%）"]);
        assert_eq!(w("增速（%）", 30.0).concat(), "增速（%）");
    }

    #[test]
    fn cjk_breaks_anywhere_but_not_before_closing_punctuation() {
        // Four characters fit a line; "三，" must not be split, so "三" moves down with its comma.
        let lines = w("增速位居全市第三，成功打造", 40.0);
        assert_eq!(lines, vec!["增速位居", "全市第", "三，成功", "打造"]);
        assert!(lines.iter().all(|l| !l.starts_with('，')));
    }

    #[test]
    fn balanced_wrap_leaves_no_lonely_last_character() {
        let text = "平远：改革再出发，成绩单上的关键数字";
        let greedy = w(text, 170.0);
        assert_eq!(greedy.last().map(|l| l.chars().count()), Some(1), "{greedy:?}");
        let balanced = wrap_balanced(text, Font::regular(10.0), 170.0, &EstimateMeasure);
        assert_eq!(balanced.len(), greedy.len());
        let counts: Vec<usize> = balanced.iter().map(|l| l.chars().count()).collect();
        assert!(counts.iter().max().unwrap() - counts.iter().min().unwrap() <= 2, "{balanced:?}");
        assert_eq!(balanced.concat(), text);
    }

    #[test]
    fn a_paragraph_brings_words_down_to_its_widow() {
        // 22 characters in a 20-character column: greedy leaves "节点" alone on the second line.
        let text = "全会为改革定下二〇二九年、二〇三五年两个节点。";
        let font = Font::regular(10.0);
        let greedy = w(text, 200.0);
        assert_eq!(greedy.len(), 2);
        assert_eq!(greedy[1], "节点。", "{greedy:?}");
        let lines = wrap_without_widow(text, font, 200.0, &EstimateMeasure);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[1].chars().count() > 3, "{lines:?}");
        assert_eq!(lines.concat(), text);
        // Text without a widow is left as the greedy wrap made it.
        assert_eq!(
            wrap_without_widow("增速位居全市第三", font, 200.0, &EstimateMeasure),
            w("增速位居全市第三", 200.0)
        );
    }

    #[test]
    fn latin_breaks_at_spaces() {
        assert_eq!(w("growth rate of GDP", 60.0), vec!["growth rate", "of GDP"]);
    }

    #[test]
    fn opening_bracket_stays_with_next_character() {
        let lines = w("地区生产总值（上半年）", 60.0);
        assert!(lines.iter().all(|l| !l.ends_with('（')), "{lines:?}");
    }

    #[test]
    fn over_long_word_is_split_and_nothing_is_lost() {
        let lines = w("supercalifragilistic", 40.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "supercalifragilistic");
    }

    #[test]
    fn over_long_word_after_a_short_one_is_split_too() {
        let lines = w("Long words supercalifragilistic", 40.0);
        assert!(lines.iter().all(|l| EstimateMeasure.width(l, Font::regular(10.0)) <= 40.0));
        assert_eq!(lines.concat().replace(' ', ""), "Longwordssupercalifragilistic");
    }

    #[test]
    fn newline_breaks_and_empty_text_gives_one_empty_line() {
        assert_eq!(w("a\nb", 100.0), vec!["a", "b"]);
        assert_eq!(w("", 100.0), vec![""]);
    }
}
