//! Texts of the plan pages: the editor, the print preview and the Word
//! export. Both languages side by side.

use super::{Lang, use_lang};

pub struct PlanTexts {
    pub intro: &'static str,
    /// The plan's first editing page, in the list of its pages.
    pub frame: &'static str,
    /// The list of the plan's pages.
    pub pages_label: &'static str,
    pub stored_trouble: &'static str,
    pub include: &'static str,
    pub generated: &'static str,
    pub generated_none: &'static str,
    pub your_text: &'static str,
    pub one_per_line: &'static str,
    pub dimension_targets: &'static str,
    pub targets_heading: &'static str,
    pub targets_hint: &'static str,
    pub targets_caption: &'static str,
    /// In the order of the forms: poor, near-poor, both, ethnic-minority poor.
    pub target_forms: [&'static str; 4],
    pub target_goal: &'static str,
    pub unit_households: &'static str,
    pub unit_points: &'static str,
    pub col_target: &'static str,
    pub col_value: &'static str,
    pub col_unit: &'static str,
    pub last_heading: &'static str,
    pub last_hint: &'static str,
    pub last_year: &'static str,
    pub last_caption: &'static str,
    pub col_group: &'static str,
    pub col_start: &'static str,
    pub col_end: &'static str,
    pub col_end_new: &'static str,
    pub old_standard: &'static str,
    pub new_standard: &'static str,
    pub last_targets_caption: &'static str,
    pub annex_note: &'static str,
}

/// The labels every plan page shows: the plan's parts and the links to
/// its print and Word file.
pub struct PlanCommonTexts {
    pub to_print: &'static str,
    pub to_word: &'static str,
    /// In the order of `plan_doc::SectionId::ALL`.
    pub sections: [&'static str; 13],
}

/// Texts of the print and Word pages alone: apart, so that neither carries
/// the editor's texts nor the editor theirs.
pub struct PlanDocTexts {
    /// On the print and Word pages of a draft with no plan yet.
    pub no_plan: &'static str,
    pub no_plan_link: &'static str,
    pub print_intro: &'static str,
    pub choose_sections: &'static str,
    pub print: &'static str,
    pub back: &'static str,
    pub word_intro: &'static str,
    pub word_download: &'static str,
    pub word_contents: &'static str,
    pub word_done: &'static str,
    pub file_name: &'static str,
}

const VI: PlanTexts = PlanTexts {
    frame: "Thể thức, căn cứ, tình hình, ký",
    pages_label: "Các phần của kế hoạch",
    intro: "Soạn kế hoạch giảm nghèo hằng năm theo thứ tự của một kế hoạch thật, mỗi nhóm phần một trang (danh sách dưới đây). Phần in nghiêng màu xám được tạo tự động từ bảng chỉ tiêu và kinh phí của bản nháp, luôn theo số liệu mới nhất; phần bạn viết được lưu tự động. Bỏ chọn một phần để không đưa vào kế hoạch.",
    stored_trouble: "Một số dòng của kế hoạch đã lưu không đọc được và đã bị bỏ qua:",
    include: "Đưa vào kế hoạch",
    generated: "Tự động từ số liệu của bản nháp:",
    generated_none: "Chưa có số liệu: hãy nhập bảng chỉ tiêu và kinh phí trong bản nháp này.",
    your_text: "Nội dung bạn viết (mỗi đoạn cách nhau một dòng trống)",
    one_per_line: "mỗi dòng một mục",
    dimension_targets: "Mục tiêu theo từng chiều thiếu hụt (ví dụ: 100% người nghèo có thẻ bảo hiểm y tế)",
    targets_heading: "Chỉ tiêu của kế hoạch",
    targets_hint: "Ghi các chỉ tiêu như kế hoạch nêu, bằng số hộ hoặc điểm phần trăm; để trống chỉ tiêu không dùng. Phần Mục tiêu được viết từ các chỉ tiêu này.",
    targets_caption: "Chỉ tiêu giảm nghèo của năm kế hoạch",
    target_forms: [
        "Giảm hộ nghèo",
        "Giảm hộ cận nghèo",
        "Giảm hộ nghèo và hộ cận nghèo",
        "Giảm hộ nghèo dân tộc thiểu số",
    ],
    target_goal: "Đưa tỷ lệ hộ nghèo xuống còn",
    unit_households: "hộ",
    unit_points: "điểm %",
    col_target: "Chỉ tiêu",
    col_value: "Số",
    col_unit: "Đơn vị",
    last_heading: "Kết quả năm trước",
    last_hint: "Số liệu rà soát đầu năm và cuối năm trước, và chỉ tiêu năm trước. Nếu cuối năm rà soát theo chuẩn mới, ghi tên hai chuẩn và số liệu cuối năm theo chuẩn mới. Để trống năm nếu kế hoạch không báo cáo năm trước.",
    last_year: "Năm trước",
    last_caption: "Số liệu rà soát của năm trước",
    col_group: "Nhóm hộ",
    col_start: "Đầu năm",
    col_end: "Cuối năm",
    col_end_new: "Cuối năm, theo chuẩn mới",
    old_standard: "Chuẩn cũ (khi đổi chuẩn)",
    new_standard: "Chuẩn mới (khi đổi chuẩn)",
    last_targets_caption: "Chỉ tiêu của năm trước",
    annex_note: "Ghi chú dưới phụ lục",
};

const EN: PlanTexts = PlanTexts {
    frame: "Header, grounds, situation, signature",
    pages_label: "The plan's parts",
    intro: "Draft the yearly poverty-reduction plan in the order of a real plan, a few parts to a page (listed below). The grey italic parts are generated from the draft's target table and funding, always current; what you write is saved automatically. Untick a part to leave it out.",
    stored_trouble: "Some lines of the stored plan could not be read and were skipped:",
    include: "Include in the plan",
    generated: "Generated from the draft's figures:",
    generated_none: "No figures yet: fill in the target table and funding of this draft.",
    your_text: "Your text (paragraphs separated by a blank line)",
    one_per_line: "one item per line",
    dimension_targets: "Targets per dimension of deprivation (e.g. 100% of poor people with health insurance)",
    targets_heading: "The plan's targets",
    targets_hint: "Type the targets as the plan states them, in households or percentage points; leave a target not used empty. The Objectives part is written from them.",
    targets_caption: "Poverty-reduction targets of the year planned",
    target_forms: [
        "Reduce poor households",
        "Reduce near-poor households",
        "Reduce poor and near-poor households",
        "Reduce ethnic-minority poor households",
    ],
    target_goal: "Bring the poor rate down to",
    unit_households: "households",
    unit_points: "% points",
    col_target: "Target",
    col_value: "Figure",
    col_unit: "Unit",
    last_heading: "Last year's results",
    last_hint: "The reviews at the start and end of last year, and last year's targets. If the year-end review used a new standard, give both standards' names and the year-end figures under the new one. Leave the year empty if the plan does not report on last year.",
    last_year: "Last year",
    last_caption: "Last year's review figures",
    col_group: "Households",
    col_start: "Start of year",
    col_end: "End of year",
    col_end_new: "End of year, new standard",
    old_standard: "Old standard (at a change)",
    new_standard: "New standard (at a change)",
    last_targets_caption: "Last year's targets",
    annex_note: "Note under the annex",
};

pub fn plan_common_texts() -> &'static PlanCommonTexts {
    match use_lang() {
        Lang::Vi => &COMMON_VI,
        Lang::En => &COMMON_EN,
    }
}

pub fn plan_doc_texts() -> &'static PlanDocTexts {
    match use_lang() {
        Lang::Vi => &DOC_VI,
        Lang::En => &DOC_EN,
    }
}

pub fn plan_texts() -> &'static PlanTexts {
    match use_lang() {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

const DOC_VI: PlanDocTexts = PlanDocTexts {
    no_plan: "Bản nháp này chưa có kế hoạch: phần chữ mẫu ở trang soạn chỉ là gợi ý, chưa được lưu cho đến khi bạn sửa một phần.",
    no_plan_link: "Soạn kế hoạch",
    print_intro: "Bản in theo thể thức của Nghị định 30/2020/NĐ-CP: khổ A4, lề trái 30 mm, phông Times New Roman; phụ lục in khổ ngang. Chọn các phần cần in.",
    choose_sections: "Các phần được in",
    print: "In",
    back: "Quay lại soạn kế hoạch",
    word_intro: "Tệp .docx mở được bằng Word hoặc LibreOffice, cùng cấu trúc với bản in, để hoàn thiện và trình ký. Tệp được tạo ngay trên máy này.",
    word_download: "Tải tệp .docx",
    word_contents: "Các đề mục trong tệp",
    word_done: "Đã tạo tệp",
    file_name: "ke-hoach-giam-ngheo",
};

const DOC_EN: PlanDocTexts = PlanDocTexts {
    no_plan: "This draft has no plan yet: the starter wording on the editing page is only a suggestion, saved once you change a part.",
    no_plan_link: "Write the plan",
    print_intro: "Printed in the form of Decree 30/2020/NĐ-CP: A4, 30 mm left margin, Times New Roman; annexes in landscape. Choose the parts to print.",
    choose_sections: "Parts printed",
    print: "Print",
    back: "Back to the plan",
    word_intro: "A .docx file that opens in Word or LibreOffice with the same structure as the printout, to finish and sign. It is made on this device.",
    word_download: "Download the .docx",
    word_contents: "Headings in the file",
    word_done: "File made",
    file_name: "poverty-reduction-plan",
};

const COMMON_VI: PlanCommonTexts = PlanCommonTexts {
    to_print: "Xem bản in (A4)",
    to_word: "Tải tệp Word (.docx)",
    sections: [
        "Phần đầu (quốc hiệu, số, ngày, tên kế hoạch)",
        "Căn cứ",
        "Tình hình hộ nghèo, hộ cận nghèo",
        "Mục đích, yêu cầu",
        "Mục tiêu",
        "Nội dung",
        "Kinh phí",
        "Giải pháp",
        "Tổ chức thực hiện",
        "Chữ ký",
        "Nơi nhận",
        "Phụ lục: biểu chỉ tiêu",
        "Phụ lục: biểu kinh phí",
    ],
};

const COMMON_EN: PlanCommonTexts = PlanCommonTexts {
    to_print: "Print preview (A4)",
    to_word: "Download as Word (.docx)",
    sections: [
        "Opening (national header, number, date, title)",
        "Legal grounds",
        "Poor and near-poor households",
        "Purpose and requirements",
        "Objectives",
        "Content",
        "Funding",
        "Solutions",
        "Organisation",
        "Signature",
        "Recipients",
        "Annex: target table",
        "Annex: funding table",
    ],
};

/// Texts of the projects' page alone (`/ke-hoach/du-an/`).
pub struct PlanProjectsTexts {
    pub heading: &'static str,
    pub hint: &'static str,
    /// When the draft funds no project and the plan names none.
    pub none: &'static str,
    pub activities: &'static str,
    pub use_starter: &'static str,
    pub offices_caption: &'static str,
    pub office: &'static str,
    pub role: &'static str,
    pub lead: &'static str,
    pub partner: &'static str,
    pub add_office: &'static str,
    pub outputs_caption: &'static str,
    pub quantity: &'static str,
    pub unit: &'static str,
    pub what: &'static str,
    pub add_output: &'static str,
    pub remove: &'static str,
    /// A project added by hand, with no funding line, taken out again.
    pub drop_project: &'static str,
    pub add_project: &'static str,
    pub add: &'static str,
    pub findings: &'static str,
}

const PROJECTS_VI: PlanProjectsTexts = PlanProjectsTexts {
    heading: "Các dự án, tiểu dự án",
    hint: "Mỗi dự án có kinh phí trong bản nháp có một phần ở đây, in trong mục Nội dung của kế hoạch: nội dung thực hiện, cơ quan chủ trì và phối hợp, sản phẩm. Kinh phí lấy từ trang Kinh phí. Mỗi dự án cần đúng một cơ quan chủ trì; bảng phân công theo dự án được in trong mục Tổ chức thực hiện.",
    none: "Bản nháp chưa có dòng kinh phí nào: hãy nhập kinh phí theo dự án ở trang Kinh phí, hoặc thêm dự án ở dưới.",
    activities: "Nội dung thực hiện",
    use_starter: "Dùng đoạn gợi ý",
    offices_caption: "Cơ quan thực hiện",
    office: "Cơ quan",
    role: "Vai trò",
    lead: "Chủ trì",
    partner: "Phối hợp",
    add_office: "Thêm cơ quan",
    outputs_caption: "Sản phẩm",
    quantity: "Số lượng",
    unit: "Đơn vị tính",
    what: "Sản phẩm",
    add_output: "Thêm sản phẩm",
    remove: "Xóa",
    drop_project: "Bỏ dự án này khỏi kế hoạch",
    add_project: "Thêm một dự án chưa có kinh phí",
    add: "Thêm",
    findings: "Phân công theo dự án",
};

const PROJECTS_EN: PlanProjectsTexts = PlanProjectsTexts {
    heading: "Projects and sub-projects",
    hint: "Each project the draft funds has a section here, printed in the plan's Content: what it does, its lead and partner offices, its outputs. The money comes from the Funding page. Each project needs exactly one lead office; the table of who does what, project by project, is printed under Organisation.",
    none: "The draft has no funding line yet: enter the funding by project on the Funding page, or add a project below.",
    activities: "What it does",
    use_starter: "Use the suggested text",
    offices_caption: "Offices",
    office: "Office",
    role: "Role",
    lead: "Lead",
    partner: "Partner",
    add_office: "Add an office",
    outputs_caption: "Outputs",
    quantity: "Quantity",
    unit: "Unit",
    what: "Output",
    add_output: "Add an output",
    remove: "Remove",
    drop_project: "Take this project out of the plan",
    add_project: "Add a project with no funding yet",
    add: "Add",
    findings: "Who does what, by project",
};

pub fn plan_projects_texts() -> &'static PlanProjectsTexts {
    match use_lang() {
        Lang::Vi => &PROJECTS_VI,
        Lang::En => &PROJECTS_EN,
    }
}

/// Texts of the outline editor, on the plan's first page alone.
pub struct PlanOutlineTexts {
    pub heading: &'static str,
    pub hint: &'static str,
    /// A standard part's printed title.
    pub title: &'static str,
    pub own_title: &'static str,
    pub own_text: &'static str,
    pub sub_heading_hint: &'static str,
    pub include: &'static str,
    pub remove: &'static str,
    pub up: &'static str,
    pub down: &'static str,
    pub add_label: &'static str,
    /// The choice of a part with no starter text.
    pub blank: &'static str,
    pub add: &'static str,
}

const OUTLINE_VI: PlanOutlineTexts = PlanOutlineTexts {
    heading: "Bố cục của kế hoạch",
    hint: "Các mục của phần thân theo thứ tự in, đánh số I, II, III… như kế hoạch thật. Đổi tên một mục (để trống để dùng tên thường dùng), chuyển lên hoặc xuống, hoặc thêm mục riêng của đơn vị: kết quả năm trước và đánh giá, bối cảnh, quan điểm có sẵn đoạn gợi ý để sửa.",
    title: "Tên mục khi in",
    own_title: "Tên mục",
    own_text: "Nội dung mục (mỗi đoạn cách nhau một dòng trống)",
    sub_heading_hint: "Dòng bắt đầu bằng «# » là một tiểu mục, được đánh số 1., 2., …; «## » là tiểu mục a), b), …",
    include: "Đưa vào kế hoạch",
    remove: "Xóa mục này",
    up: "Lên",
    down: "Xuống",
    add_label: "Thêm một mục",
    blank: "Mục trống",
    add: "Thêm mục",
};

const OUTLINE_EN: PlanOutlineTexts = PlanOutlineTexts {
    heading: "The plan's outline",
    hint: "The body's parts in printed order, numbered I, II, III… as real plans number them. Rename a part (leave it empty for the usual title), move it up or down, or add a part of your own: last year's results and assessment, context and viewpoint come with starter text to rewrite.",
    title: "Printed title",
    own_title: "Title",
    own_text: "Text (paragraphs separated by a blank line)",
    sub_heading_hint: "A line starting with «# » is a sub-heading numbered 1., 2., …; «## » one numbered a), b), …",
    include: "Include in the plan",
    remove: "Remove this part",
    up: "Up",
    down: "Down",
    add_label: "Add a part",
    blank: "An empty part",
    add: "Add the part",
};

pub fn plan_outline_texts() -> &'static PlanOutlineTexts {
    match use_lang() {
        Lang::Vi => &OUTLINE_VI,
        Lang::En => &OUTLINE_EN,
    }
}

/// Texts of the targets per dimension (`/ke-hoach/thieu-hut/`).
pub struct PlanDimensionsTexts {
    pub heading: &'static str,
    pub hint: &'static str,
    pub standard: &'static str,
    pub add_indicators: &'static str,
    pub add_row: &'static str,
    pub caption: &'static str,
    pub number: &'static str,
    pub indicator: &'static str,
    pub unit: &'static str,
    pub baseline: &'static str,
    pub target: &'static str,
    /// Before the year, in the target column's header.
    pub target_year: &'static str,
    pub remove: &'static str,
    pub findings: &'static str,
    pub none: &'static str,
    pub use_listed: &'static str,
    pub list_heading: &'static str,
    /// Before the kept list's draft name.
    pub list_kept: &'static str,
    pub fill: &'static str,
    pub reading: &'static str,
    /// Before the count of cells filled.
    pub filled: &'static str,
    /// After the count, before the list's poor and near-poor households.
    pub filled_of: &'static str,
    pub no_list: &'static str,
    pub no_list_link: &'static str,
}

const DIMENSIONS_VI: PlanDimensionsTexts = PlanDimensionsTexts {
    heading: "Bảng chỉ tiêu theo chiều thiếu hụt",
    hint: "Mỗi dòng một chỉ tiêu: tên, đơn vị tính, hiện trạng và mục tiêu cuối năm, in thành bảng dưới đoạn văn trên. Số được giữ đúng như gõ và được kiểm tra; dòng để trống không được in.",
    standard: "Chuẩn nghèo của các chỉ số",
    add_indicators: "Thêm các chỉ số của chuẩn",
    add_row: "Thêm một dòng",
    caption: "Chỉ tiêu theo chiều thiếu hụt",
    number: "STT",
    indicator: "Chỉ tiêu",
    unit: "Đơn vị tính",
    baseline: "Hiện trạng",
    target: "Mục tiêu",
    target_year: "Mục tiêu năm",
    remove: "Xóa",
    findings: "Kiểm tra các chỉ tiêu",
    none: "Không thấy lỗi.",
    use_listed: "Dùng số của danh sách hộ",
    list_heading: "Hiện trạng từ danh sách hộ",
    list_kept: "Bản nháp có danh sách hộ đã lưu",
    fill: "Điền hiện trạng còn trống từ danh sách hộ",
    reading: "Đang đọc danh sách hộ…",
    filled: "Đã điền",
    filled_of: "ô hiện trạng; tỷ lệ tính trên số hộ nghèo và hộ cận nghèo của danh sách:",
    no_list: "Bản nháp chưa có danh sách hộ. Đọc danh sách và lưu vào bản nháp ở trang",
    no_list_link: "Danh sách hộ",
};

const DIMENSIONS_EN: PlanDimensionsTexts = PlanDimensionsTexts {
    heading: "Table of targets per dimension",
    hint: "One target a row: its name, unit, baseline and year-end target, printed as a table under the text above. Figures are kept as typed and checked; a blank row is not printed.",
    standard: "Poverty standard of the indicators",
    add_indicators: "Add the standard's indicators",
    add_row: "Add a row",
    caption: "Targets per dimension of deprivation",
    number: "No.",
    indicator: "Indicator",
    unit: "Unit",
    baseline: "Baseline",
    target: "Target",
    target_year: "Target for",
    remove: "Remove",
    findings: "Checks of the targets",
    none: "Nothing wrong found.",
    use_listed: "Use the household list's figure",
    list_heading: "Baselines from the household list",
    list_kept: "The draft holds a kept household list",
    fill: "Fill the empty baselines from the household list",
    reading: "Reading the household list…",
    filled: "Filled",
    filled_of: "baselines; shares are of the list's poor and near-poor households:",
    no_list: "The draft holds no household list. Read one and keep it in the draft on the page",
    no_list_link: "Household list",
};

pub fn plan_dimensions_texts() -> &'static PlanDimensionsTexts {
    match use_lang() {
        Lang::Vi => &DIMENSIONS_VI,
        Lang::En => &DIMENSIONS_EN,
    }
}

/// Texts of the plan's frame and who does what: the header, signature,
/// clauses, level and organisation editors (`/ke-hoach/`, `/ke-hoach/thuc-hien/`).
pub struct PlanFrameTexts {
    pub header_heading: &'static str,
    pub superior_body: &'static str,
    pub issuing_body: &'static str,
    pub number: &'static str,
    pub place: &'static str,
    pub date: &'static str,
    pub date_hint: &'static str,
    pub subject: &'static str,
    pub org_office: &'static str,
    pub org_tasks: &'static str,
    pub org_add: &'static str,
    pub org_remove: &'static str,
    pub org_preset: &'static str,
    pub org_caption: &'static str,
    pub sig_authority: &'static str,
    pub sig_title: &'static str,
    pub sig_name: &'static str,
    pub sig_delegated: &'static str,
    pub enacting_heading: &'static str,
    pub closing_heading: &'static str,
    /// Under a clause the page writes: what typing one does.
    pub clause_hint: &'static str,
    /// The level list: its label, and the choice that follows the name.
    pub level_choose: &'static str,
    pub level_from_name: &'static str,
}

const FRAME_VI: PlanFrameTexts = PlanFrameTexts {
    header_heading: "Thể thức: cơ quan, số, ngày, trích yếu",
    superior_body: "Cơ quan chủ quản (nếu có)",
    issuing_body: "Cơ quan ban hành",
    number: "Số, ký hiệu (sau «Số:»)",
    place: "Địa danh",
    date: "Ngày ban hành",
    date_hint: "dd/mm/yyyy; để trống nếu chưa ký.",
    subject: "Trích yếu",
    org_office: "Cơ quan, đơn vị",
    org_tasks: "Nhiệm vụ",
    org_add: "Thêm cơ quan",
    org_remove: "Xóa",
    org_preset: "Dùng gợi ý phân công",
    org_caption: "Phân công thực hiện",
    sig_authority: "Thẩm quyền ký (TM. …, KT. …)",
    sig_title: "Chức vụ người ký",
    sig_name: "Họ và tên người ký",
    sig_delegated: "Dòng ký thay (ví dụ «KT. CHỦ TỊCH»), nếu có",
    enacting_heading: "Câu ban hành",
    closing_heading: "Câu kết",
    clause_hint: "Để trống để dùng câu tạo sẵn ở trên; câu bạn viết sẽ thay câu đó.",
    level_choose: "Cấp của đơn vị (mọi câu và đề mục của kế hoạch theo cấp này)",
    level_from_name: "Theo tên đơn vị trên trang chỉ tiêu",
};

const FRAME_EN: PlanFrameTexts = PlanFrameTexts {
    header_heading: "Form: issuing body, number, date, subject",
    superior_body: "Superior body (if any)",
    issuing_body: "Issuing body",
    number: "Number (after «Số:»)",
    place: "Place",
    date: "Date of issue",
    date_hint: "dd/mm/yyyy; leave empty until signed.",
    subject: "Subject line",
    org_office: "Office or body",
    org_tasks: "Tasks",
    org_add: "Add an office",
    org_remove: "Remove",
    org_preset: "Use the suggested assignment",
    org_caption: "Who does what",
    sig_authority: "Signing authority (TM. …, KT. …)",
    sig_title: "Signer's title",
    sig_name: "Signer's name",
    sig_delegated: "Line signing on behalf (e.g. \"KT. CHỦ TỊCH\"), if any",
    enacting_heading: "Enacting clause",
    closing_heading: "Closing line",
    clause_hint: "Leave empty to use the line written above; a line you type replaces it.",
    level_choose: "The unit's level (every sentence and heading of the plan follows it)",
    level_from_name: "From the unit's name on the targets page",
};

pub fn plan_frame_texts() -> &'static PlanFrameTexts {
    match use_lang() {
        Lang::Vi => &FRAME_VI,
        Lang::En => &FRAME_EN,
    }
}
