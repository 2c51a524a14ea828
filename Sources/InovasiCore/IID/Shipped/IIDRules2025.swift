extension IIDShippedRules {
    /// The 2025 rules file as shipped (YAML, see README "The IID rules").
    static let year2025 = #"""
        # Aturan IID penilaian 2025 / IID rules of the 2025 assessment: hanya yang diketahui.
        # Only what is known: the top predicate band. Kota Cilegon 48,30 (Inovatif), Kepmendagri 400.10.11-6097/2025.
        year: 2025
        source: "Kepmendagri 400.10.11-6097/2025 (hasil); batas predikat dari pemberitaan"
        verified: false
        maxTotal: 250
        predicates:
          bands:
            - name: "Sangat Inovatif"
              from: 65.01
          verified: false
          source: "2025: Sangat Inovatif mulai 65,01; batas lain belum diketahui"
        """#
}
