//! Our JSON text parser against serde_json (the parser it replaced): the same value, numbers bit for
//! bit, or the same message at the same line and column; and the same result when the text is
//! parsed in steps of a few bytes (the budget comes from the input's first byte).
#![no_main]

use infographic::spec::{parse_json, TextParser};
use infographic_fuzz::json_reference::{reference, same};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&budget, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let ours = parse_json(text);
    let theirs = reference(text);
    assert!(same(&ours, &theirs), "text {text:?}\n  ours  {ours:?}\n  serde {theirs:?}");
    let mut parser = TextParser::new(text);
    let stepped = loop {
        if let Some(result) = parser.step(usize::from(budget)) {
            break result;
        }
    };
    assert!(same(&stepped, &ours), "budget {budget}, text {text:?}");
});
