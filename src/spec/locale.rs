//! The spec's `"locale"`: the language of the widget's own words, number formats and dates.

use serde::Serialize;

/// The language of number formats and of the widget's own words: "zh-CN" (default) or "en".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(inline))]
pub enum Locale {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Locale {
    pub const NAMES: [&'static str; 2] = ["zh-CN", "en"];

    pub fn from_name(name: &str) -> Option<Locale> {
        match name {
            "zh-CN" => Some(Locale::ZhCn),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }
}
