/// Innovations Kota Cilegon really runs (reference/cilegon.md), placed first in the city data.
enum RealInnovations {
    /// One real innovation; dates are relative to `now` so the data stays plausible in any year.
    struct Entry: Sendable {
        let title: String
        /// Agency code in the city data (`DINKES`, `KEL-KETILENG`).
        let agencyCode: String
        let divisionName: String?
        let form: InnovationForm
        let kind: InnovationKind
        let initiatorKind: InitiatorKind
        let initiatorName: String
        let affair: String
        let isMain: Bool
        let summary: String
        /// Roughly how many days before `now` it started.
        let startedDaysAgo: Int
    }

    static let all: [Entry] = [
        Entry(
            title: "Gegana Pedes", agencyCode: "DINKES", divisionName: "Bidang Pelayanan Kesehatan",
            form: .publicService, kind: .nonDigital, initiatorKind: .agency, initiatorName: "UPTD Puskesmas Cibeber",
            affair: "kesehatan", isMain: true,
            summary: "Pelayanan kesehatan oleh Puskesmas Cibeber bagi warga binaan rumah tahanan di Kota Cilegon. "
                + "Masuk Top 99 Kompetisi Inovasi Pelayanan Publik (KIPP) tahun 2019.",
            startedDaysAgo: 2_900),
        Entry(
            title: "I-HATI", agencyCode: "DINKES", divisionName: nil,
            form: .governance, kind: .digital, initiatorKind: .agency, initiatorName: "Dinas Kesehatan",
            affair: "kesehatan", isMain: true,
            summary: "Sistem informasi kesehatan terintegrasi yang menghubungkan puskesmas, rumah sakit dan Dinas "
                + "Kesehatan sehingga data layanan dan capaian program dapat dipantau dalam satu aplikasi.",
            startedDaysAgo: 1_600),
        Entry(
            title: "SUKET (Sentra Usaha Kelurahan Ketileng)", agencyCode: "KEL-KETILENG", divisionName: nil,
            form: .otherAffairs, kind: .nonDigital, initiatorKind: .agency, initiatorName: "Kelurahan Ketileng",
            affair: "koperasi dan usaha kecil menengah", isMain: true,
            summary: "Sentra usaha kecil milik kelurahan tempat pelaku UMKM memajang, mengemas dan memasarkan "
                + "produknya bersama-sama.",
            startedDaysAgo: 1_100),
        Entry(
            title: "Jemput Bola Layanan Lansia", agencyCode: "KEL-KETILENG", divisionName: nil,
            form: .publicService, kind: .nonDigital, initiatorKind: .civilServant,
            initiatorName: "Lurah Ketileng", affair: "sosial", isMain: false,
            summary: "Petugas kelurahan mendatangi rumah warga lanjut usia untuk melayani surat-menyurat dan "
                + "pendataan, sehingga lansia tidak perlu datang ke kantor kelurahan.",
            startedDaysAgo: 800),
        Entry(
            title: "Tabung Beras", agencyCode: "KEL-PURWAKARTA", divisionName: nil,
            form: .otherAffairs, kind: .nonDigital, initiatorKind: .citizen,
            initiatorName: "Kelompok Wanita Tani Kelurahan Purwakarta", affair: "pangan", isMain: true,
            summary: "Warga menabung beras sedikit demi sedikit di lumbung kelurahan; tabungan dipakai saat harga "
                + "beras naik atau untuk membantu tetangga yang membutuhkan.",
            startedDaysAgo: 950),
        Entry(
            title: "Apartemen Lobster", agencyCode: "KEL-PURWAKARTA", divisionName: nil,
            form: .otherAffairs, kind: .nonDigital, initiatorKind: .citizen,
            initiatorName: "Kelompok Pembudidaya Ikan Kelurahan Purwakarta", affair: "perikanan", isMain: false,
            summary: "Budidaya lobster air tawar dalam wadah bertingkat di lahan sempit permukiman, dikelola "
                + "kelompok warga dengan pendampingan penyuluh perikanan.",
            startedDaysAgo: 700),
        Entry(
            title: "Doklin (Dokter Keliling)", agencyCode: "SETDA", divisionName: nil,
            form: .publicService, kind: .nonDigital, initiatorKind: .regionalHead,
            initiatorName: "Wakil Wali Kota Cilegon", affair: "kesehatan", isMain: false,
            summary: "Dokter mendatangi warga yang sakit dan sulit berobat ke fasilitas kesehatan, atas prakarsa "
                + "Wakil Wali Kota Cilegon.",
            startedDaysAgo: 1_000),
    ]
}
