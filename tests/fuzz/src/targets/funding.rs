//! funding: the funding form and the planner's catalogue as stored text
//! (local storage, share links), then parsed, checked and totalled as the
//! funding page does.

use funding::{
    Catalogue, FundingForm, FundingReading, Project, ProjectId, check, describe, form_from_text, form_to_text,
    funding_table, parse, read_funding_bytes,
};
use lang::Lang;
use poverty_rules::Text;

use crate::target::{Target, Verdict, said, text};

fn form_samples() -> Vec<Vec<u8>> {
    [
        "v=1&doi-ung=10%25&lam-tron=xuong~tram-nghin&dong=10~~dtpt~71.283~~~~~95%25\
         &dong=20~X%C3%A3%20C%E1%BA%A3i%20Vi%C3%AAn~sn~4.855~485~~~500%C4%91~100&dong=31~*~sn\
         &tong=~~~84.249%20tri%E1%BB%87u%20%C4%91%E1%BB%93ng&tong=10~dtpt~nstw~73.395",
        "v=1&dong=999~Th%C3%B4n%201~sn~1%2C5%20tr&tong=20~sn~~0",
        "",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

/// A catalogue the user changed: a project added under a preset one, one
/// renamed, one removed.
fn catalogue_samples() -> Vec<Vec<u8>> {
    let mut catalogue = Catalogue::preset_2021_2025();
    let first: ProjectId = catalogue.projects[0].id;
    let added = catalogue.add(Some(first), "1.x", &Text::new("Dự án ~ thêm & mới", ""));
    let renamed = catalogue.projects[1].id;
    let _ = catalogue.rename(renamed, "2'", &Text::new("Đổi tên", "Renamed"));
    let last: &Project = catalogue.projects.last().expect("the preset has projects");
    catalogue.remove(last.id);
    let mut form = form_from_text(&text(&form_samples()[0])).0;
    if let Ok(id) = added {
        form.lines[0].project = id;
    }
    vec![
        form_to_text(&form, &catalogue).into_bytes(),
        b"v=1&danh-muc=1003&du-an=10&du-an=1001~~A~T%C3%AAn~Name&du-an=1002~1001~B~Con~".to_vec(),
    ]
}

/// A form read, written and read again is the same form on the same
/// catalogue.
fn form(input: &[u8]) -> Verdict {
    let (form, catalogue, trouble) = form_from_text(&text(input));
    if !trouble.is_empty() {
        said(trouble.message(Lang::Vi));
    }
    let parsed = parse(&form);
    parsed.errors.iter().for_each(|e| said(e.message(Lang::Vi)));
    for issue in check(&catalogue, &parsed) {
        said(describe(&issue, &catalogue, &parsed.lines, Lang::Vi));
    }
    funding_table(&catalogue, &parsed.lines);
    let (again, again_catalogue, _) = form_from_text(&form_to_text(&form, &catalogue));
    assert_eq!(again, form);
    assert_eq!(again_catalogue, catalogue);
    Verdict::accepted_if(!trouble.unknown_version)
}

fn table_samples() -> Vec<Vec<u8>> {
    vec![
        include_bytes!("../../../../crates/funding/tests/data/funding-as-printed.csv").to_vec(),
        "Dự án;Xã, thôn;Tổng cộng;Vốn sự nghiệp;NSTW;NSĐP\nDA2;Thôn 1;110;110;100;10\n;Thôn 2;60;60;50;5\n"
            .as_bytes()
            .to_vec(),
        "Mã,Vốn sự nghiệp,\n,NSTW,NSĐP\nDA2,12.5,1.250\nTổng cộng,,\n"
            .as_bytes()
            .to_vec(),
    ]
}

/// A printed funding table read into the form, then parsed, checked and
/// totalled as the page does; the form it gives survives its text.
fn table(input: &[u8]) -> Verdict {
    let catalogue = Catalogue::preset_2021_2025();
    let result = read_funding_bytes(input.to_vec(), &catalogue, &[]);
    match &result {
        Ok(import) => {
            import.errors.iter().for_each(|e| said(e.message(Lang::Vi)));
            import.errors.iter().for_each(|e| said(e.message(Lang::En)));
            import.notices.iter().for_each(|(vi, _)| said(vi.clone()));
            let parsed = parse(&import.form);
            for issue in check(&catalogue, &parsed) {
                said(describe(&issue, &catalogue, &parsed.lines, Lang::Vi));
            }
            funding_table(&catalogue, &parsed.lines);
            let (again, _, _) = form_from_text(&form_to_text(&import.form, &catalogue));
            assert_eq!(again.lines.len(), import.form.lines.len());
        }
        Err(e) => {
            said(e.message(Lang::Vi));
            said(e.message(Lang::En));
        }
    }
    // As the reader worker answers the page: the reading crosses as text whole.
    let reading =
        FundingReading::of_bytes(input.to_vec(), &catalogue, &[]).checked(&FundingForm::default(), &catalogue);
    assert_eq!(FundingReading::from_text(&reading.to_text(&catalogue)), Some(reading));
    Verdict::from(&result)
}

pub fn all() -> Vec<Target> {
    vec![
        Target {
            name: "funding table import",
            reads: "`read_funding_bytes` (a printed funding table), then `parse`, `check`, `describe`, `funding_table`, `form_to_text`; `FundingReading` as the reader worker answers, read back",
            cost: 4,
            samples: table_samples,
            run: table,
        },
        Target {
            name: "funding form text",
            reads: "`form_from_text`, then `parse`, `check`, `describe` and `funding_table`",
            cost: 2,
            samples: form_samples,
            run: form,
        },
        Target {
            name: "funding catalogue text",
            reads: "the catalogue's `danh-muc`/`du-an` keys in a funding text, read and used the same way",
            cost: 2,
            samples: catalogue_samples,
            run: form,
        },
    ]
}
