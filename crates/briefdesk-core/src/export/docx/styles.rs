//! The document's styles and lists, as Word names them: headings are the
//! built-in `heading 1`–`heading 3` with outline levels (the navigation pane
//! and the TOC field follow them), the cover title is `Title`, the contents
//! `TOC Heading` and `toc 1`, footnotes `footnote text`/`footnote
//! reference`, links `Hyperlink`, the page furniture `header`/`footer`;
//! the brief's own paragraphs (facts, details, notes, sources) have styles
//! of their own, so a colleague restyles them in one place. Sizes follow the
//! PDF (11 pt body on the PDF's measure), colours too.

use docx_rs::{
    AbstractNumbering, BorderType, Docx, IndentLevel, Level, LevelJc, LevelText, LineSpacing,
    LineSpacingType, NumberFormat, NumberingId, Paragraph, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, RunFonts, SpecialIndentType, Start, Style,
    StyleType, Tab, TabLeaderType, TabValueType, VertAlignType,
};

pub const LATIN_FONT: &str = "Noto Sans";
pub const JAPANESE_FONT: &str = "Noto Sans CJK JP";

pub const BLACK: &str = "1C1F24";
pub const MUTED: &str = "5C6670";
pub const ACCENT: &str = "1F3B94";
pub const WARN: &str = "994D00";

/// Half-points.
pub const BODY: usize = 22;
pub const SMALL: usize = 18;

/// A4 and the PDF's margins, in twentieths of a point.
pub const PAGE_W: u32 = 11906;
pub const PAGE_H: u32 = 16838;
pub const MARGIN_X: i32 = 1800;
pub const MARGIN_TOP: i32 = 1600;
pub const MARGIN_BOTTOM: i32 = 1520;
/// The width of the text: where right tabs stop.
pub const TEXT_W: usize = PAGE_W as usize - 2 * MARGIN_X as usize;

pub const TITLE: &str = "Title";
pub const SUBTITLE: &str = "Subtitle";
pub const COVER_LINE: &str = "CoverLine";
pub const COVER_SMALL: &str = "CoverSmall";
pub const HEADING: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
pub const TOC_HEADING: &str = "TOCHeading";
pub const TOC1: &str = "TOC1";
pub const FACTS: &str = "Facts";
pub const DETAIL: &str = "Detail";
pub const NOTE_HEADING: &str = "NoteHeading";
pub const NOTE: &str = "Note";
pub const LIST_NUMBER: &str = "ListNumber";
pub const LIST_BULLET: &str = "ListBullet";
pub const SOURCE: &str = "Source";
pub const FOOTNOTE_TEXT: &str = "FootnoteText";
pub const FOOTNOTE_REFERENCE: &str = "FootnoteReference";
pub const HYPERLINK: &str = "Hyperlink";
pub const HEADER: &str = "Header";
pub const FOOTER: &str = "Footer";
/// The character style of every run of Japanese: East Asian font and hint
/// here, its language added to styles.xml after `build()` (`package.rs`).
pub const JAPANESE: &str = "Japanese";
/// The character style of the record's English in an export in another
/// language (its `w:lang` added after `build()` too).
pub const RECORD: &str = "RecordText";

/// The abstract list definitions: numbered (talking points) and bullets
/// (docx-rs always writes a list of its own as 1).
pub const NUMBERED: usize = 10;
pub const BULLETS: usize = 11;
/// The one list instance of every bullet list (bullets never restart);
/// the numbered lists take the ids after it.
pub const BULLET_LIST: usize = 10;

fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new().before(before).after(after)
}

fn para(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
}

fn left_bar(s: Style, color: &str) -> Style {
    let mut s = s;
    s.paragraph_property = s.paragraph_property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Left)
                .val(BorderType::Single)
                .size(18)
                .space(8)
                .color(color),
        ),
    );
    s
}

fn rule(s: Style, position: ParagraphBorderPosition) -> Style {
    let mut s = s;
    s.paragraph_property = s.paragraph_property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(position)
                .val(BorderType::Single)
                .size(4)
                .space(4)
                .color(MUTED),
        ),
    );
    s
}

fn heading(level: usize, size: usize, color: &str, before: u32, after: u32) -> Style {
    let mut s = para(HEADING[level - 1], &format!("heading {level}"))
        .size(size)
        .bold()
        .color(color)
        .outline_lvl(level - 1)
        .line_spacing(spacing(before, after));
    s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
    if level == 1 {
        // Every section starts a page, as in the PDF.
        s.paragraph_property = s.paragraph_property.page_break_before(true);
    }
    s
}

/// `docx` with the page, the document defaults, every style and the lists.
pub fn add(docx: Docx) -> Docx {
    let mut footnote_ref = Style::new(FOOTNOTE_REFERENCE, StyleType::Character)
        .name("footnote reference")
        .color(ACCENT);
    footnote_ref.run_property = footnote_ref
        .run_property
        .vert_align(VertAlignType::SuperScript);
    let mut facts = para(FACTS, "Brief facts")
        .size(SMALL)
        .italic()
        .color(MUTED)
        .line_spacing(spacing(0, 60));
    facts.paragraph_property = facts.paragraph_property.keep_next(true);
    let mut note_heading = left_bar(
        para(NOTE_HEADING, "Brief note heading")
            .size(SMALL)
            .color(MUTED)
            .indent(Some(280), None, None, None)
            .line_spacing(spacing(40, 40)),
        ACCENT,
    );
    note_heading.paragraph_property = note_heading.paragraph_property.keep_next(true);
    let mut note = left_bar(
        para(NOTE, "Brief note")
            .size(19)
            .indent(Some(280), None, None, None)
            .line_spacing(spacing(0, 60)),
        ACCENT,
    );
    note.paragraph_property = note.paragraph_property.keep_lines(true);
    let mut toc_heading = para(TOC_HEADING, "TOC Heading")
        .size(36)
        .bold()
        .line_spacing(spacing(0, 280));
    toc_heading.paragraph_property = toc_heading.paragraph_property.page_break_before(true);
    let mut toc1 = para(TOC1, "toc 1").line_spacing(spacing(0, 100));
    toc1.paragraph_property = toc1.paragraph_property.add_tab(
        Tab::new()
            .val(TabValueType::Right)
            .leader(TabLeaderType::Dot)
            .pos(TEXT_W),
    );
    let mut header = rule(
        para(HEADER, "header").size(17).color(MUTED),
        ParagraphBorderPosition::Bottom,
    );
    header.paragraph_property = header
        .paragraph_property
        .add_tab(Tab::new().val(TabValueType::Right).pos(TEXT_W));
    let mut footer = rule(
        para(FOOTER, "footer").size(17).color(MUTED),
        ParagraphBorderPosition::Top,
    );
    footer.paragraph_property = footer
        .paragraph_property
        .add_tab(Tab::new().val(TabValueType::Center).pos(TEXT_W / 2))
        .add_tab(Tab::new().val(TabValueType::Right).pos(TEXT_W));
    let list_level = |format: &str, text: &str| {
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(Some(400), Some(SpecialIndentType::Hanging(400)), None, None)
    };
    docx.page_size(PAGE_W, PAGE_H)
        .page_margin(
            docx_rs::PageMargin::new()
                .top(MARGIN_TOP)
                .bottom(MARGIN_BOTTOM)
                .left(MARGIN_X)
                .right(MARGIN_X)
                .header(800)
                .footer(760),
        )
        .default_fonts(
            RunFonts::new()
                .ascii(LATIN_FONT)
                .hi_ansi(LATIN_FONT)
                .cs(LATIN_FONT)
                .east_asia(JAPANESE_FONT),
        )
        .default_size(BODY)
        .default_line_spacing(
            LineSpacing::new()
                .after(120)
                .line(264)
                .line_rule(LineSpacingType::Auto),
        )
        .add_style(
            para(TITLE, "Title")
                .size(52)
                .bold()
                .color(BLACK)
                .line_spacing(spacing(0, 360)),
        )
        .add_style(
            para(SUBTITLE, "Subtitle")
                .color(MUTED)
                .line_spacing(spacing(2400, 160)),
        )
        .add_style(
            para(COVER_LINE, "Brief cover line")
                .size(26)
                .line_spacing(spacing(0, 80)),
        )
        .add_style(
            para(COVER_SMALL, "Brief cover note")
                .size(SMALL)
                .italic()
                .color(MUTED)
                .line_spacing(spacing(200, 0)),
        )
        .add_style(heading(1, 36, BLACK, 0, 200))
        .add_style(heading(2, 26, ACCENT, 240, 100))
        .add_style(heading(3, BODY, BLACK, 240, 40))
        .add_style(toc_heading)
        .add_style(toc1)
        .add_style(facts)
        .add_style(
            para(DETAIL, "Brief detail")
                .size(SMALL)
                .color(MUTED)
                .line_spacing(spacing(0, 40)),
        )
        .add_style(note_heading)
        .add_style(note)
        .add_style(para(LIST_NUMBER, "List Number").line_spacing(spacing(0, 80)))
        .add_style(para(LIST_BULLET, "List Bullet").line_spacing(spacing(0, 60)))
        .add_style(
            para(SOURCE, "Brief source")
                .size(19)
                .indent(Some(400), Some(SpecialIndentType::Hanging(400)), None, None)
                .line_spacing(spacing(0, 100)),
        )
        .add_style(
            para(FOOTNOTE_TEXT, "footnote text").size(17).line_spacing(
                LineSpacing::new()
                    .after(40)
                    .line(240)
                    .line_rule(LineSpacingType::Auto),
            ),
        )
        .add_style(footnote_ref)
        .add_style(
            Style::new(HYPERLINK, StyleType::Character)
                .name("Hyperlink")
                .color(ACCENT)
                .underline("single"),
        )
        .add_style(header)
        .add_style(footer)
        .add_style(
            Style::new(JAPANESE, StyleType::Character)
                .name("Japanese text")
                .fonts(RunFonts::new().east_asia(JAPANESE_FONT).hint("eastAsia")),
        )
        .add_style(
            Style::new(RECORD, StyleType::Character)
                .name("Record text")
                .fonts(RunFonts::new().ascii(LATIN_FONT).hi_ansi(LATIN_FONT)),
        )
        .add_abstract_numbering(
            AbstractNumbering::new(NUMBERED).add_level(list_level("decimal", "%1.")),
        )
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(list_level("bullet", "•")),
        )
        .add_numbering(docx_rs::Numbering::new(BULLET_LIST, BULLETS))
}

/// A paragraph of list `num` (a numbering instance) at its first level.
pub fn list_item(style: &str, num: usize) -> Paragraph {
    Paragraph::new()
        .style(style)
        .numbering(NumberingId::new(num), IndentLevel::new(0))
}
