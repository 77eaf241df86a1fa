use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::base::{SiteBase, document_base_path, router_base};
use crate::components::{SiteFooter, SiteHeader, SkipLink};
use crate::i18n::{Lang, Locale};
use crate::pages::{Building, ClassifyPage, Home, NotFound};
use crate::prefs;
use crate::standards::Standards;

/// The whole site: language, base path, layout and routes.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(prefs::load_lang().unwrap_or_default());
    provide_context(Locale(lang));
    provide_context(Standards::load());
    let site = SiteBase(router_base(&document_base_path()));
    provide_context(site.clone());

    // Everything renders anew in the chosen language. Page state that must
    // survive lives in the URL or in storage, not in the render.
    move || {
        let current = lang.get();
        set_document_lang(current);
        provide_context(current);
        view! {
            <Router base=site.0.clone()>
                <SkipLink />
                <SiteHeader />
                <main id="noi-dung" tabindex="-1">
                    <Routes fallback=|| view! { <NotFound /> }>
                        <Route path=path!("/") view=Home />
                        <Route path=path!("/phan-loai-ho") view=ClassifyPage />
                        <Route path=path!("/chuan-ngheo") view=|| view! { <Building section=|t| &t.criteria /> } />
                        <Route path=path!("/chi-tieu") view=|| view! { <Building section=|t| &t.targets /> } />
                        <Route path=path!("/kinh-phi") view=|| view! { <Building section=|t| &t.funding /> } />
                        <Route path=path!("/ke-hoach") view=|| view! { <Building section=|t| &t.plan /> } />
                        <Route path=path!("/ban-nhap") view=|| view! { <Building section=|t| &t.drafts /> } />
                        <Route path=path!("/tap-huan") view=|| view! { <Building section=|t| &t.training /> } />
                    </Routes>
                </main>
                <SiteFooter />
            </Router>
        }
    }
}

/// Screen readers and hyphenation follow `<html lang>`.
fn set_document_lang(lang: Lang) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
}
