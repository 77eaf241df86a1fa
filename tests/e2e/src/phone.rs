//! A cheap phone's screen: 360 CSS pixels wide, touch input.

use serde_json::{Value, json};

use crate::Browser;

pub const PHONE_WIDTH: u32 = 360;
const PHONE_HEIGHT: u32 = 740;
/// WCAG 2.2's least target size (2.5.8), in CSS pixels.
pub const LEAST_TARGET: f64 = 24.0;

impl Browser {
    /// Makes the page a 360 px wide phone screen until the browser closes.
    pub fn as_phone(&self) {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": PHONE_WIDTH, "height": PHONE_HEIGHT, "deviceScaleFactor": 1, "mobile": true }),
        );
        self.cdp(
            "Emulation.setTouchEmulationEnabled",
            json!({ "enabled": true, "maxTouchPoints": 5 }),
        );
    }

    /// The whole page as a PNG, as wide as the screen.
    pub fn screenshot_full(&self) -> Vec<u8> {
        use base64::Engine;
        let shot = self.cdp(
            "Page.captureScreenshot",
            json!({ "format": "png", "captureBeyondViewport": true }),
        );
        base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().expect("PNG data"))
            .expect("base64 PNG")
    }

    /// Elements that reach past the screen's right edge without being inside
    /// something that scrolls sideways (a wide table's frame), and the
    /// page's own scroll width, which must not exceed the screen. The edge is
    /// the phone's width, not the layout's: a phone widens its layout to fit
    /// a page that overflows.
    pub fn overflow(&self) -> (u64, Vec<String>) {
        let found = self.script(
            "const w = arguments[0];
             const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
               const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
             const out = [...document.body.querySelectorAll('*')].filter(e => {
               const r = e.getBoundingClientRect();
               return r.width > 0 && r.right > w + 0.5 && !scrolls(e);
             }).slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : ''));
             return [document.documentElement.scrollWidth, out];",
            json!([PHONE_WIDTH]),
        );
        let width = found[0].as_u64().unwrap_or(u64::MAX);
        let out = found[1]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default();
        (width, out)
    }

    /// Controls smaller than WCAG's least target size, each with its size. A
    /// control counts with its label, which takes the tap too; a link inside
    /// a sentence is exempt, as WCAG exempts it.
    pub fn small_targets(&self) -> Vec<String> {
        let found = self.script(
            "const least = arguments[0];
             const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
             const inSentence = e => e.tagName === 'A' && e.closest('p, li:not(nav li), td, dd, .note') && !e.closest('nav');
             // The larger of the control and its labels: a tap on either works.
             const area = e => [e, ...(e.labels || [])].map(x => x.getBoundingClientRect())
               .reduce((a, r) => ({ width: Math.max(a.width, r.width), height: Math.max(a.height, r.height) }), { width: 0, height: 0 });
             return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
               .filter(e => visible(e) && !inSentence(e))
               .map(e => [e, area(e)])
               .filter(([, r]) => r.width < least || r.height < least)
               .slice(0, 10)
               .map(([e, r]) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} «${(e.textContent || e.value || '').trim().slice(0, 30)}» ${Math.round(r.width)}×${Math.round(r.height)}`);",
            json!([LEAST_TARGET]),
        );
        serde_json::from_value(found).unwrap_or_default()
    }
}
