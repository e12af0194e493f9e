//! Browser-only: binds ECharts (loaded from the app's own `/echarts.min.js`), draws a
//! [`ChartSpec`], and wires tooltips, tick labels and clicks to Rust closures, because the
//! content security policy forbids functions compiled from strings.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Object, Reflect, JSON};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::charts::{ChartSpec, TickFormat};

#[wasm_bindgen]
extern "C" {
    type ECharts;

    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    fn init(element: &web_sys::HtmlElement, theme: &JsValue, options: &JsValue) -> ECharts;

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &ECharts, option: &JsValue, not_merge: bool);

    #[wasm_bindgen(method)]
    fn on(this: &ECharts, event: &str, handler: &Function);

    #[wasm_bindgen(method)]
    fn resize(this: &ECharts);

    #[wasm_bindgen(method)]
    fn dispose(this: &ECharts);
}

type Callback = Closure<dyn Fn(JsValue) -> JsValue>;

/// A live chart and the closures it calls back into.
struct Live {
    chart: ECharts,
    spec: Rc<RefCell<ChartSpec>>,
    tooltip: Callback,
    x_ticks: Callback,
    y_ticks: Callback,
    _click: Callback,
    _resize: Closure<dyn Fn()>,
}

fn index(params: &JsValue, key: &str) -> Option<usize> {
    Reflect::get(params, &key.into())
        .ok()?
        .as_f64()
        .map(|n| n as usize)
}

fn tick_closure(spec: Rc<RefCell<ChartSpec>>, x_axis: bool) -> Callback {
    Closure::new(move |value: JsValue| {
        let format = if x_axis {
            spec.borrow().x_ticks
        } else {
            spec.borrow().y_ticks
        };
        let number = value.as_f64().unwrap_or_default();
        let text = format.map_or_else(|| number.to_string(), |f: TickFormat| f.apply(number));
        JsValue::from_str(&text)
    })
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &key.into(), value);
}

/// Parses the option and hangs the Rust callbacks on it.
fn option_with_callbacks(live: &Live) -> Option<JsValue> {
    let spec = live.spec.borrow();
    let option = JSON::parse(&spec.option).ok()?;
    let tooltip = Reflect::get(&option, &"tooltip".into())
        .ok()
        .filter(JsValue::is_object);
    let tooltip = tooltip.unwrap_or_else(|| Object::new().into());
    set(&tooltip, "formatter", live.tooltip.as_ref());
    set(&option, "tooltip", &tooltip);

    for (axis, ticks, callback) in [
        ("xAxis", spec.x_ticks, &live.x_ticks),
        ("yAxis", spec.y_ticks, &live.y_ticks),
    ] {
        if ticks.is_none() {
            continue;
        }
        let axes = Reflect::get(&option, &axis.into())
            .ok()
            .map(|a| js_sys::Array::from(&a));
        for axis in axes.iter().flat_map(|a| a.iter()) {
            let label = Reflect::get(&axis, &"axisLabel".into())
                .ok()
                .filter(JsValue::is_object);
            let label = label.unwrap_or_else(|| Object::new().into());
            set(&label, "formatter", callback.as_ref());
            set(&axis, "axisLabel", &label);
        }
    }
    Some(option)
}

/// Opens a link that leaves the app in a new tab, without an opener or referrer, and only
/// for http and https addresses.
fn open_in_new_tab(href: &str) {
    let lower = href.trim().to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return;
    }
    if let Some(window) = web_sys::window() {
        let _ = window.open_with_url_and_target_and_features(href, "_blank", "noopener,noreferrer");
    }
}

fn create(element: &web_sys::HtmlElement, spec: ChartSpec) -> Live {
    let chart = init(element, &JsValue::NULL, &Object::new());
    let spec = Rc::new(RefCell::new(spec));

    let tooltip = {
        let spec = Rc::clone(&spec);
        Closure::new(move |params: JsValue| {
            let text = index(&params, "seriesIndex")
                .zip(index(&params, "dataIndex"))
                .and_then(|(s, i)| spec.borrow().tooltip(s, i).map(str::to_owned))
                .unwrap_or_default();
            JsValue::from_str(&text)
        })
    };
    let click = {
        let spec = Rc::clone(&spec);
        let navigate = use_navigate();
        Closure::new(move |params: JsValue| {
            let spec = spec.borrow();
            let axis_label = Reflect::get(&params, &"componentType".into())
                .ok()
                .and_then(|c| c.as_string())
                .filter(|c| c.ends_with("Axis"))
                .and_then(|_| Reflect::get(&params, &"value".into()).ok()?.as_string());
            let link = match axis_label {
                Some(label) => spec.axis_link(&label).map(str::to_owned),
                None => index(&params, "seriesIndex")
                    .zip(index(&params, "dataIndex"))
                    .and_then(|(s, i)| spec.link(s, i).map(str::to_owned)),
            };
            match link {
                Some(href) if spec.new_tab => open_in_new_tab(&href),
                Some(href) => navigate(&href, NavigateOptions::default()),
                None => {}
            }
            JsValue::UNDEFINED
        })
    };
    chart.on("click", click.as_ref().unchecked_ref());

    let resize = {
        let chart = JsValue::clone(&chart);
        Closure::<dyn Fn()>::new(move || chart.unchecked_ref::<ECharts>().resize())
    };
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("resize", resize.as_ref().unchecked_ref());
    }

    Live {
        chart,
        x_ticks: tick_closure(Rc::clone(&spec), true),
        y_ticks: tick_closure(Rc::clone(&spec), false),
        spec,
        tooltip,
        _click: click,
        _resize: resize,
    }
}

/// Draws `spec` into `canvas` whenever it changes; `drawn` turns true once a chart exists.
pub fn attach(
    canvas: NodeRef<leptos::html::Div>,
    spec: Signal<Option<ChartSpec>>,
    drawn: RwSignal<bool>,
) {
    let live: StoredValue<Option<Live>, LocalStorage> = StoredValue::new_local(None);

    Effect::new(move |_| {
        let Some(element) = canvas.get() else { return };
        let next = spec.get();
        live.update_value(|slot| match (slot.as_mut(), next) {
            (_, None) => {
                if let Some(old) = slot.take() {
                    old.chart.dispose();
                }
            }
            (Some(existing), Some(next)) => {
                *existing.spec.borrow_mut() = next;
                if let Some(option) = option_with_callbacks(existing) {
                    existing.chart.set_option(&option, true);
                }
            }
            (None, Some(next)) => {
                let created = create(&element, next);
                if let Some(option) = option_with_callbacks(&created) {
                    created.chart.set_option(&option, true);
                }
                *slot = Some(created);
            }
        });
        drawn.set(live.with_value(Option::is_some));
    });

    on_cleanup(move || {
        live.update_value(|slot| {
            if let Some(old) = slot.take() {
                if let Some(window) = web_sys::window() {
                    let _ = window.remove_event_listener_with_callback(
                        "resize",
                        old._resize.as_ref().unchecked_ref(),
                    );
                }
                old.chart.dispose();
            }
        });
    });
}
