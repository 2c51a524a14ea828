extension IIDShippedRules {
    /// The 2026 rules file as shipped (YAML, see README "The IID rules").
    static let year2026 = #"""
        # Aturan Indeks Inovasi Daerah (IID) penilaian 2026 / IID rules of the 2026 assessment.
        # Semua angka dari sumber publik, belum dicocokkan dengan surat resmi: verified: false.
        # All numbers from public sources, not checked against the official letter: verified: false.
        # Kantor dapat membetulkan angka dengan menyalin berkas ini ke $XDG_CONFIG_HOME/inovasi/iid/2026.yaml.
        year: 2026
        source: "Transkripsi publik Lampiran I & II Surat Kepala BSKDN 400.10.11/1887/BSKDN, 29 April 2026 (belum dicocokkan dengan surat resmi)"
        verified: false
        # Total = SPD + rata-rata kematangan + skor jumlah inovasi; IID = total / maxTotal × 100.
        maxTotal: 250
        divisor:
          # Rata-rata kematangan = jumlah skor SID / MAX(minimum, jumlah inovasi dikirim).
          minimum: 12
          verified: false
          source: "10 pada 2023; 12 dan 14 dilaporkan untuk tahun berikutnya (14 untuk penilaian 2027); 12 diasumsikan untuk 2026"
        numberScore:
          perInnovation: 0.38
          cap: 200
          verified: false
          source: "transkripsi 2026: 0,38 per inovasi sampai 200 (maks. 76)"
        basicServiceAffairs:
          # Tanpa inovasi di salah satu urusan ini, skor jumlah inovasi = 0.
          affairs:
            - "pendidikan"
            - "kesehatan"
            - "pekerjaan umum dan penataan ruang"
            - "perumahan rakyat dan kawasan permukiman"
            # Daftar urusan kota menyebutnya "ketenteraman dan ketertiban umum": nama lain di also.
            - name: "ketenteraman, ketertiban umum, dan pelindungan masyarakat"
              also: ["ketenteraman dan ketertiban umum"]
            - "sosial"
          verified: false
        predicates:
          bands:
            - name: "Sangat Inovatif"
              from: 65.01
            - name: "Inovatif"
              from: 40.01
            - name: "Kurang Inovatif"
              from: 0.01
            - name: "Tidak Dapat Dinilai"
              from: 0
          verified: false
          source: "transkripsi 2026: ≥ 65,01 Sangat Inovatif; 40,01–65,00 Inovatif; 0,01–40,00 Kurang Inovatif"
        window:
          # Inovasi yang diterapkan dalam rentang ini (tanggal termasuk).
          from: 2024-01-01
          to: 2025-12-31
          verified: false
        # Tahap yang harus sudah dicapai inovasi agar dapat dikirim (initiative, trial, implementation).
        # Diasumsikan penerapan: IID menilai inovasi yang sudah diterapkan.
        stage: implementation
        # Hasil resmi terakhir Kota Cilegon, ditampilkan di samping perkiraan.
        lastOfficial:
          year: 2025
          index: 48.30
          predicate: "Inovatif"
          source: "Kepmendagri 400.10.11-6097/2025"
        # SPD: indikator daerah 1–15 (bobot total 21, maks. 63). Penomoran a/b diasumsikan; teks level belum ada.
        spd:
          - number: "1"
            name: "Visi dan misi inovasi"
            weight: 1
            mandatory: false
            levels: ["", "", ""]
            verified: false
          - number: "2"
            name: "APBD tepat waktu 3 tahun terakhir"
            weight: 1
            mandatory: false
            levels: ["", "", ""]
            verified: false
          - number: "3"
            name: "Belanja wajib (mandatory spending)"
            weight: 1
            mandatory: false
            levels: ["", "", ""]
            verified: false
          - number: "4"
            name: "Kualitas perizinan"
            weight: 1
            mandatory: false
            levels: ["", "", ""]
            verified: false
          - number: "5"
            name: "Pertumbuhan pendapatan per kapita"
            weight: 1
            mandatory: false
            levels: ["", "", ""]
            verified: false
          - number: "6a"
            name: "Tren pengangguran"
            weight: 0.75
            mandatory: false
            levels: ["", "", ""]
            verified: false
            source: "penomoran a/b diasumsikan"
          - number: "6b"
            name: "Tingkat pengangguran"
            weight: 0.75
            mandatory: false
            levels: ["", "", ""]
            verified: false
            source: "penomoran a/b diasumsikan"
          - number: "7"
            name: "Pertumbuhan investasi"
            weight: 1.5
            mandatory: false
            levels: ["", "", ""]
            verified: false
          - number: "8"
            name: "Pertumbuhan PAD"
            weight: 1.5
            mandatory: false
            levels: ["", "", ""]
            verified: false
          - number: "9"
            name: "Opini BPK"
            weight: 1.5
            mandatory: false
            levels: ["", "", ""]
            verified: false
          - number: "10"
            name: "Nilai LAKIP"
            weight: 1
            mandatory: false
            levels: ["", "", ""]
            verified: false
          - number: "11a"
            name: "Tren kemiskinan"
            weight: 0.75
            mandatory: false
            levels: ["", "", ""]
            verified: false
            source: "penomoran a/b diasumsikan"
          - number: "11b"
            name: "Tingkat kemiskinan"
            weight: 0.75
            mandatory: false
            levels: ["", "", ""]
            verified: false
            source: "penomoran a/b diasumsikan"
          - number: "12a"
            name: "Pertumbuhan IPM"
            weight: 0.75
            mandatory: false
            levels: ["", "", ""]
            verified: false
            source: "penomoran a/b diasumsikan"
          - number: "12b"
            name: "Nilai IPM"
            weight: 0.75
            mandatory: false
            levels: ["", "", ""]
            verified: false
            source: "penomoran a/b diasumsikan"
          - number: "13"
            name: "Penghargaan bagi inovator"
            weight: 2
            mandatory: false
            levels: ["", "", ""]
            verified: false
          - number: "14a"
            name: "Rekomendasi kebijakan"
            weight: 1
            mandatory: false
            levels: ["", "", ""]
            verified: false
            source: "penomoran a/b diasumsikan"
          - number: "14b"
            name: "Indeks kualitas kebijakan"
            weight: 1
            mandatory: false
            levels: ["", "", ""]
            verified: false
            source: "penomoran a/b diasumsikan"
          - number: "15a"
            name: "Rencana induk (RIPJ) PID"
            weight: 1
            mandatory: false
            levels: ["", "", ""]
            verified: false
            source: "penomoran a/b diasumsikan"
          - number: "15b"
            name: "Fasilitasi hak kekayaan intelektual"
            weight: 1
            mandatory: false
            levels: ["", "", ""]
            verified: false
            source: "penomoran a/b diasumsikan"
        # SID: indikator per inovasi 16–35 (bobot total 37, maks. 111 per inovasi).
        sid:
          - number: "16"
            name: "Regulasi Inovasi Daerah"
            weight: 3
            mandatory: true
            # Level dibaca dari penetapan inovasi: SK Kepala Daerah 1, Perkada 2, Perda 3.
            from: enactment
            levels:
              - "SK Kepala Daerah atau SK Kepala PD a.n. Kepala Daerah"
              - "Peraturan Kepala Daerah"
              - "Peraturan Daerah"
            verified: false
          - number: "17"
            name: "Ketersediaan dan peran SDM"
            weight: 2
            mandatory: true
            levels:
              - "1–10 orang"
              - "11–30 orang"
              - "lebih dari 30 orang"
            verified: false
          - number: "18"
            name: "Dukungan anggaran"
            weight: 2
            mandatory: false
            levels:
              - "satu tahun anggaran"
              - "dua tahun berturut-turut"
              - "T-0, T-1 dan T-2"
            verified: false
          - number: "19"
            name: "Alat kerja"
            weight: 2
            mandatory: false
            levels:
              - "manual"
              - "perangkat elektronik"
              - "sistem informasi daring atau AI"
            verified: false
          - number: "20"
            name: "Bimtek inovasi"
            weight: 1
            mandatory: false
            levels:
              - "sekali dalam 3 tahun"
              - "dua kali"
              - "3 kali atau lebih"
            verified: false
          - number: "21"
            name: "Integrasi dalam RKPD"
            weight: 2
            mandatory: false
            levels:
              - "RKPD T-1 atau T-2"
              - "T-1 dan T-2"
              - "T-1, T-2 dan T-0"
            verified: false
          - number: "22"
            name: "Keterlibatan aktor inovasi"
            weight: 1
            mandatory: false
            levels:
              - "3 aktor"
              - "4 aktor"
              - "5 aktor atau lebih"
            verified: false
          - number: "23"
            name: "Pelaksana inovasi"
            weight: 1
            mandatory: false
            levels:
              - "tanpa SK"
              - "penugasan kepala PD"
              - "SK Kepala Daerah"
            verified: false
          - number: "24"
            name: "Jejaring inovasi"
            weight: 1
            mandatory: false
            levels:
              - "2 PD"
              - "3–4 PD"
              - "5 PD atau lebih"
            verified: false
          - number: "25"
            name: "Sosialisasi"
            weight: 1
            mandatory: false
            levels:
              - "foto dengan spanduk"
              - "media milik daerah"
              - "media berita independen"
            verified: false
          - number: "26"
            name: "Pedoman teknis"
            weight: 1
            mandatory: false
            levels:
              - "buku panduan cetak"
              - "buku elektronik"
              - "buku daring"
            verified: false
          - number: "27"
            name: "Kemudahan informasi layanan"
            weight: 1
            mandatory: false
            levels:
              - "1 dari 4 cara"
              - "2 dari 4 cara"
              - "3 cara atau lebih"
            verified: false
          - number: "28"
            name: "Kemudahan proses"
            weight: 2
            mandatory: false
            levels:
              - "hasil dalam 6 hari atau lebih"
              - "2–5 hari"
              - "1 hari"
            verified: false
          - number: "29"
            name: "Penyelesaian pengaduan"
            weight: 1
            mandatory: false
            levels:
              - "≤ 50 % atau tidak ada"
              - "51–90 %"
              - "≥ 91 %"
            verified: false
          - number: "30"
            name: "Layanan terintegrasi"
            weight: 2
            mandatory: false
            levels:
              - "terpisah"
              - "satu portal unit"
              - "dengan unit lain"
            verified: false
          - number: "31"
            name: "Replikasi"
            weight: 3
            mandatory: false
            levels:
              - "direplikasi sekali"
              - "dua kali, di daerah berbeda"
              - "tiga kali"
            verified: false
          - number: "32"
            name: "Kecepatan penciptaan"
            weight: 2
            mandatory: true
            levels:
              - "9 bulan atau lebih"
              - "5–8 bulan"
              - "1–4 bulan"
            verified: false
          - number: "33"
            name: "Kemanfaatan"
            weight: 3
            mandatory: true
            levels:
              - "1–200 penerima manfaat"
              - "201–500"
              - "501 atau lebih (dasar lain: cakupan unit %, efisiensi belanja %, pendapatan %, produk, periode tren positif)"
            verified: false
          - number: "34"
            name: "Monitoring dan evaluasi"
            weight: 2
            mandatory: false
            levels:
              - "laporan monev internal"
              - "survei kepuasan"
              - "berbasis riset eksternal"
            verified: false
          - number: "35"
            name: "Video inovasi"
            weight: 4
            mandatory: true
            levels:
              - "1–2 unsur substansi"
              - "3–4 unsur"
              - "5 unsur"
            verified: false
        """#
}
