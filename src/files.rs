//! Files in and out of the browser, without leaving the device: a chosen
//! file read into memory, and text handed back to the user as a download.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, HtmlInputElement, Url};

/// The first file chosen in an `<input type="file">`, if any.
pub fn chosen_file(input: &HtmlInputElement) -> Option<File> {
    input.files().and_then(|list| list.get(0))
}

/// The bytes of a file. The browser refuses to read a file only in odd
/// cases (removed from disk, permission lost); the message says so.
pub async fn read_bytes(file: &File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| "không đọc được tệp".to_owned()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Offers `text` as a file named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    offer(name, &js_sys::Array::of1(&text.into()), mime)
}

/// Offers `bytes` as a file named `name`.
pub fn download_bytes(name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    download_array(name, &js_sys::Uint8Array::from(bytes), mime)
}

/// Offers bytes the page holds as a JavaScript array (a worker's answer)
/// as a file named `name`, without copying them into WebAssembly.
pub fn download_array(name: &str, bytes: &js_sys::Uint8Array, mime: &str) -> Result<(), String> {
    offer(name, &js_sys::Array::of1(bytes), mime)
}

/// The link points at an object URL of this page's origin, so nothing is
/// sent anywhere.
fn offer(name: &str, parts: &js_sys::Array, mime: &str) -> Result<(), String> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_buffer_source_sequence_and_options(parts, &options).map_err(|_| "blob".to_owned())?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| "url".to_owned())?;
    let link: HtmlAnchorElement = leptos::prelude::document()
        .create_element("a")
        .map_err(|_| "a".to_owned())?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = Url::revoke_object_url(&url);
    Ok(())
}
