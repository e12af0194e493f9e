//! The WASM entry point: hydrates the server-rendered page.

// Leptos view types nest deeply; erasing them everywhere would cost clarity.
#![recursion_limit = "256"]

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
