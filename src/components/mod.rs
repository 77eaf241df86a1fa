mod count_columns;
mod lang_switch;
mod page;
mod radio;
mod site_footer;
mod site_header;
mod skip_link;
mod status_badge;
mod text_field;

pub use count_columns::{CountColumns, count_cells, count_headers};
pub use lang_switch::LangSwitch;
pub use page::Page;
pub use radio::{radio, radio_for};
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use status_badge::StatusBadge;
pub use text_field::TextField;
