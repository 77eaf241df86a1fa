//! axe-core, the npm package the setup script installs, run in the page.

use serde_json::{Value, json};

use crate::Browser;

/// What axe-core calls serious or critical: what stops a user outright.
const BLOCKING: [&str; 2] = ["serious", "critical"];

impl Browser {
    /// axe-core's serious and critical violations on the page as it stands,
    /// each as `rule (impact): help — the first few elements`.
    pub fn axe_violations(&self) -> Vec<String> {
        let path = std::env::var("AXE_CORE_JS")
            .expect("AXE_CORE_JS (scripts/env.sh sets it; scripts/setup.sh --test installs axe-core)");
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        // DevTools evaluates in the page's global scope, outside its CSP,
        // which forbids inline scripts (as it should).
        self.cdp("Runtime.evaluate", json!({ "expression": source }));
        let found = self.script_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(r => done(r.violations.filter(v => arguments[0].includes(v.impact)).map(v =>
                 `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', ')}`)))
               .catch(e => done(['axe-core failed: ' + e]));",
            json!([BLOCKING]),
        );
        match found {
            Value::Array(items) => items
                .into_iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            other => vec![format!("axe-core gave no list: {other}")],
        }
    }
}
