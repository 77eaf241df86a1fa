//! Requests the page made, read from chromedriver's performance log
//! (DevTools `Network.*` events).

use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkEvent {
    Request { id: String, url: String },
    Response { id: String, url: String, status: u64 },
    Failed { id: String, error: String },
}

#[derive(Debug, Default)]
pub struct NetworkLog {
    pub events: Vec<NetworkEvent>,
}

impl NetworkLog {
    /// Parses performance log entries; anything that is not a network event
    /// is skipped.
    pub fn from_entries(entries: &[Value]) -> NetworkLog {
        let events = entries
            .iter()
            .filter_map(|entry| entry["message"].as_str())
            .filter_map(|text| serde_json::from_str::<Value>(text).ok())
            .filter_map(|message| parse_event(&message["message"]))
            .collect();
        NetworkLog { events }
    }

    pub fn extend(&mut self, other: NetworkLog) {
        self.events.extend(other.events);
    }

    pub fn requested_urls(&self) -> Vec<&str> {
        self.events
            .iter()
            .filter_map(|e| match e {
                NetworkEvent::Request { url, .. } => Some(url.as_str()),
                _ => None,
            })
            .collect()
    }

    /// Everything wrong with the traffic: a request to another origin, a
    /// failed load, an HTTP error status.
    pub fn problems(&self, origin: &str) -> Vec<String> {
        let mut problems = Vec::new();
        for event in &self.events {
            match event {
                NetworkEvent::Request { url, .. } if !is_own(url, origin) => {
                    problems.push(format!("request to another origin: {url}"))
                }
                NetworkEvent::Response { url, status, .. } if *status >= 400 => {
                    problems.push(format!("HTTP {status} for {url}"))
                }
                NetworkEvent::Failed { id, error } => {
                    let url = self.url_of(id).unwrap_or("(unknown url)");
                    problems.push(format!("failed load of {url}: {error}"))
                }
                _ => {}
            }
        }
        problems
    }

    fn url_of(&self, request_id: &str) -> Option<&str> {
        self.events.iter().find_map(|e| match e {
            NetworkEvent::Request { id, url } if id == request_id => Some(url.as_str()),
            _ => None,
        })
    }
}

/// Same origin, or a URL that never touches the network.
fn is_own(url: &str, origin: &str) -> bool {
    let same = url == origin || url.starts_with(&format!("{origin}/"));
    same || url.starts_with("data:") || url.starts_with("blob:")
}

fn parse_event(message: &Value) -> Option<NetworkEvent> {
    let params = &message["params"];
    let id = params["requestId"].as_str().unwrap_or_default().to_owned();
    match message["method"].as_str()? {
        "Network.requestWillBeSent" => Some(NetworkEvent::Request {
            id,
            url: params["request"]["url"].as_str()?.to_owned(),
        }),
        "Network.responseReceived" => Some(NetworkEvent::Response {
            id,
            url: params["response"]["url"].as_str()?.to_owned(),
            status: params["response"]["status"].as_f64()? as u64,
        }),
        "Network.loadingFailed" => Some(NetworkEvent::Failed {
            id,
            error: params["errorText"].as_str().unwrap_or_default().to_owned(),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entry(method: &str, params: Value) -> Value {
        let message = json!({ "message": { "method": method, "params": params } });
        json!({ "level": "INFO", "message": message.to_string() })
    }

    #[test]
    fn flags_other_origins_failures_and_error_statuses() {
        let origin = "http://127.0.0.1:4000";
        let log = NetworkLog::from_entries(&[
            entry(
                "Network.requestWillBeSent",
                json!({"requestId": "1", "request": {"url": "http://127.0.0.1:4000/app.js"}}),
            ),
            entry(
                "Network.requestWillBeSent",
                json!({"requestId": "2", "request": {"url": "https://fonts.example/x.woff2"}}),
            ),
            entry(
                "Network.requestWillBeSent",
                json!({"requestId": "3", "request": {"url": "http://127.0.0.1:40001/x"}}),
            ),
            entry(
                "Network.responseReceived",
                json!({"requestId": "1", "response": {"url": "http://127.0.0.1:4000/app.js", "status": 404}}),
            ),
            entry(
                "Network.loadingFailed",
                json!({"requestId": "1", "errorText": "net::ERR_ABORTED"}),
            ),
            entry("Page.frameNavigated", json!({})),
        ]);
        let problems = log.problems(origin);
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].contains("fonts.example"));
        assert!(problems[1].contains("127.0.0.1:40001"));
        assert!(problems[2].contains("HTTP 404"));
        assert!(problems[3].contains("app.js") && problems[3].contains("ERR_ABORTED"));
    }

    #[test]
    fn clean_traffic_has_no_problems() {
        let log = NetworkLog::from_entries(&[
            entry(
                "Network.requestWillBeSent",
                json!({"requestId": "1", "request": {"url": "http://127.0.0.1:4000/"}}),
            ),
            entry(
                "Network.responseReceived",
                json!({"requestId": "1", "response": {"url": "http://127.0.0.1:4000/", "status": 200}}),
            ),
            entry(
                "Network.requestWillBeSent",
                json!({"requestId": "2", "request": {"url": "data:image/svg+xml,x"}}),
            ),
        ]);
        assert!(log.problems("http://127.0.0.1:4000").is_empty());
        assert_eq!(log.requested_urls().len(), 2);
    }
}
