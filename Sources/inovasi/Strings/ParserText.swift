import Foundation
import InovasiCore

/// ArgumentParser's own texts in Bahasa Indonesia: the headings and the help flag of `--help`,
/// and its usage errors ("Error: Unknown option …", "Usage: …").
///
/// ArgumentParser writes these in English and offers no hook to translate them, so the finished
/// text is rewritten phrase by phrase before it is printed. Each pattern is one fixed sentence
/// of ArgumentParser 1.8; the names and values inside it are kept as they were. In English the
/// text is printed as ArgumentParser made it.
enum ParserText {
    /// `text` in `language`.
    static func translate(_ text: String, to language: Language) -> String {
        guard language == .id else { return text }
        var result = text
        for (pattern, template) in indonesian {
            let range = NSRange(result.startIndex..., in: result)
            result = pattern.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }

    /// English pattern and Indonesian template, applied in order (longer sentences first).
    static let indonesian: [(NSRegularExpression, String)] = [
        (#"(?m)^OVERVIEW: "#, "RINGKASAN: "),
        (#"(?m)^USAGE: "#, "PEMAKAIAN: "),
        (#"(?m)^ARGUMENTS:$"#, "ARGUMEN:"),
        (#"(?m)^OPTIONS:$"#, "OPSI:"),
        (#"(?m)^SUBCOMMANDS:$"#, "SUBPERINTAH:"),
        (#"Show help information\."#, "Tampilkan bantuan ini."),
        (#"Show the version\."#, "Tampilkan versi."),
        (#"\(default:(\s+)"#, "(bawaan:$1"),
        (#"See '([^'\n]*) <subcommand>' for detailed help\."#, "Lihat '$1 <subperintah>' untuk bantuan terperinci."),
        (#"See '([^'\n]*)' for more information\."#, "Lihat '$1' untuk keterangan lebih lanjut."),
        (#"(?m)^Error: "#, "Kesalahan: "),
        (#"(?m)^Usage: "#, "Pemakaian: "),
        (#"(?m)^Help: "#, "Bantuan: "),
        (#"Missing expected argument ('[^'\n]*')"#, "Argumen $1 wajib diisi"),
        (#"Missing one of: "#, "Wajib salah satu dari: "),
        (#"Missing value for ('[^'\n]*')"#, "Nilai untuk $1 tidak diberikan"),
        (#"Missing required subcommand\."#, "Subperintah wajib diberikan."),
        (#"Unknown option ('[^'\n]*')\. Did you mean ('[^'\n]*')\?"#, "Opsi $1 tidak dikenal. Maksud Anda $2?"),
        (#"Unknown option ('[^'\n]*')"#, "Opsi $1 tidak dikenal"),
        (#"Unexpected argument ('[^'\n]*')"#, "Argumen $1 tidak diharapkan"),
        (#"(\d+) unexpected arguments: "#, "$1 argumen tidak diharapkan: "),
        (#"The value ('[^'\n]*') is invalid for ('[^'\n]*')"#, "Nilai $1 tidak sah untuk $2"),
        (#"The value ('[^'\n]*') is invalid\."#, "Nilai $1 tidak sah."),
        (
            #"The option ('[^'\n]*') does not take any value, but ('[^'\n]*') was specified\."#,
            "Opsi $1 tidak menerima nilai, tetapi $2 diberikan."
        ),
        (
            #"Value to be set with (.+) had already been set with (.+)"#,
            "Nilai yang diberikan dengan $1 sudah diberikan dengan $2"
        ),
        (#"Invalid option: "#, "Opsi tidak sah: "),
        (#"\. Please provide one of "#, ". Pilih salah satu dari "),
        (#"\. Please provide one of the following:"#, ". Pilih salah satu dari berikut:"),
    ].compactMap { pattern, template in
        (try? NSRegularExpression(pattern: pattern)).map { ($0, template) }
    }
}
