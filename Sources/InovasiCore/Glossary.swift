/// Glossary of the Indonesian terms of art that stay untranslated in the code.
///
/// - **OPD** (Organisasi Perangkat Daerah): a city agency — dinas, badan, sekretariat,
///   inspektorat, RSUD, kecamatan; kelurahan sit under their kecamatan. In code: ``Agency``.
/// - **bidang**: a division inside an OPD. In code: ``Division``.
/// - **kecamatan** / **kelurahan** / **seksi**: district, urban village, and a section of their
///   offices (stored as a ``Division``). In the demo code: `district`, `village`, `section`.
/// - **inovasi daerah**: a regional innovation. In code: ``Innovation``.
/// - **bentuk**: the form of an innovation (PP 38/2017). In code: ``InnovationForm``.
/// - **jenis**: digital or non-digital. In code: ``InnovationKind``.
/// - **tahapan**: the stage, inisiatif → uji coba → penerapan. In code: ``Stage``.
/// - **inisiator**: who started it. In code: ``InitiatorKind`` plus a name.
/// - **urusan**: the government affair an innovation serves (kesehatan, pendidikan, …). A string.
/// - **inovasi utama**: an OPD's or bidang's main innovation, required by Instruksi Wali Kota
///   Cilegon Nomor 1 Tahun 2022. In code: `isMain`.
/// - **usulan inovasi**: a proposal, reviewed before adoption. In code: ``Proposal``.
/// - **pendampingan**: a mentoring session with a **narasumber** (resource person).
///   In code: ``MentoringSession``.
/// - **rancang bangun**, **tujuan**, **manfaat**, **anggaran**: design, goal, benefit, budget
///   of a proposal.
/// - **WIB**: Waktu Indonesia Barat, UTC+7, the default display zone.
public enum Glossary {}
