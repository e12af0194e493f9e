//! The content security policy of every HTML response, with a fresh nonce for the inline
//! bootstrap scripts Leptos emits (server only).

use axum::http::header::CONTENT_SECURITY_POLICY;
use axum::http::HeaderValue;
use leptos::nonce::{provide_nonce, use_nonce};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// The policy for one response.
pub fn policy(nonce: &str) -> String {
    [
        "default-src 'self'".to_owned(),
        "img-src 'self' data:".to_owned(),
        format!("script-src 'self' 'wasm-unsafe-eval' 'nonce-{nonce}'"),
        "style-src 'self' 'unsafe-inline'".to_owned(),
        "connect-src 'self'".to_owned(),
        "frame-ancestors 'none'".to_owned(),
        "base-uri 'self'".to_owned(),
        "form-action 'self'".to_owned(),
    ]
    .join("; ")
}

/// Creates this response's nonce and sends the matching policy header.
pub fn secure_response() {
    provide_nonce();
    let (Some(nonce), Some(response)) = (use_nonce(), use_context::<ResponseOptions>()) else {
        return;
    };
    if let Ok(value) = HeaderValue::from_str(&policy(&nonce)) {
        response.insert_header(CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::policy;

    #[test]
    fn policy_allows_only_self_and_the_nonce() {
        let csp = policy("abc");
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'nonce-abc'"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("unsafe-eval'") || csp.contains("wasm-unsafe-eval"));
        assert!(!csp.contains("http"));
    }
}
