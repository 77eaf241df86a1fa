//! The app's pieces in a real browser (wasm-bindgen-test in headless
//! Chromium): components mount and react, preferences survive storage.

use giamngheo::base::{SiteBase, router_base};
use giamngheo::components::LangSwitch;
use giamngheo::i18n::{Lang, Locale, home_texts};
use giamngheo::prefs;
use giamngheo::section::Section;
use leptos::{mount::mount_to, prelude::*, task::tick};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().expect("local storage")
}

fn fresh_container() -> web_sys::HtmlElement {
    let document = document();
    let container = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&container).unwrap();
    container.unchecked_into()
}

fn query(root: &web_sys::HtmlElement, css: &str) -> web_sys::HtmlElement {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("no {css}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn language_switch_mounts_and_renders_every_text_anew() {
    storage().clear().unwrap();
    let root = fresh_container();
    let _mounted = mount_to(root.clone(), || {
        let lang = RwSignal::new(Lang::Vi);
        provide_context(Locale(lang));
        // As the shell does: the tree renders anew in the chosen language.
        move || {
            provide_context(lang.get());
            view! {
                <LangSwitch />
                <p id="probe">{home_texts().title}</p>
            }
        }
    });
    assert_eq!(
        query(&root, "#probe").text_content().unwrap(),
        "Công cụ lập kế hoạch giảm nghèo bền vững"
    );
    assert_eq!(
        query(&root, "button[lang='vi']")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );

    query(&root, "button[lang='en']").click();
    tick().await;
    assert_eq!(
        query(&root, "#probe").text_content().unwrap(),
        "Sustainable poverty-reduction planning tool"
    );
    assert_eq!(
        query(&root, "button[lang='en']")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        query(&root, "button[lang='vi']")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    assert_eq!(prefs::load_lang(), Some(Lang::En), "the choice is remembered");
}

#[wasm_bindgen_test]
fn language_preference_round_trips_through_local_storage() {
    storage().clear().unwrap();
    assert_eq!(prefs::load_lang(), None);
    assert!(prefs::save_lang(Lang::En));
    assert_eq!(prefs::load_lang(), Some(Lang::En));
    assert_eq!(storage().get_item("giamngheo.lang").unwrap().as_deref(), Some("en"));
    assert!(prefs::save_lang(Lang::Vi));
    assert_eq!(prefs::load_lang(), Some(Lang::Vi));
}

#[wasm_bindgen_test]
fn a_corrupted_preference_is_ignored_not_fatal() {
    storage().clear().unwrap();
    storage().set_item("giamngheo.lang", "{not json").unwrap();
    assert_eq!(prefs::load_lang(), None);
    storage().set_item("giamngheo.lang", "\"fr\"").unwrap();
    assert_eq!(prefs::load_lang(), None);
}

#[wasm_bindgen_test]
fn links_and_sections_follow_the_deployment_sub_path() {
    assert_eq!(router_base("/"), "");
    assert_eq!(router_base("/giamngheo/"), "/giamngheo");
    let root = SiteBase(router_base("/"));
    assert_eq!(root.href(Section::Home), "/");
    assert_eq!(root.href(Section::Targets), "/chi-tieu/");
    assert_eq!(root.section_of("/chi-tieu"), Some(Section::Targets));
    assert_eq!(root.section_of("/chi-tieu/index.html"), Some(Section::Targets));
    assert_eq!(root.section_of("/"), Some(Section::Home));
    assert_eq!(root.section_of("/khong-co/"), None);
    let sub = SiteBase(router_base("/giamngheo/"));
    assert_eq!(sub.href(Section::Home), "/giamngheo/");
    assert_eq!(sub.href(Section::Classify), "/giamngheo/phan-loai-ho/");
    assert_eq!(sub.section_of("/giamngheo/"), Some(Section::Home));
    assert_eq!(sub.section_of("/giamngheo"), Some(Section::Home));
    assert_eq!(sub.section_of("/giamngheo/phan-loai-ho/"), Some(Section::Classify));
    assert_eq!(sub.section_of("/phan-loai-ho/"), None);
}

#[wasm_bindgen_test]
fn every_entry_of_the_navigation_is_named_in_both_languages() {
    // Paths and the table itself are tested natively in crates/site-map.
    for section in Section::nav() {
        let (vi, en) = (section.name().vi, section.name().en);
        assert!(!vi.is_empty() && !en.is_empty());
        assert_ne!(vi, en, "{section:?} is not translated");
    }
    assert_eq!(
        Section::from_path("/phan-loai-ho/cau-hoi/").map(Section::nav_entry),
        Some(Section::Classify)
    );
}
