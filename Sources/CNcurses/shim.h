#ifndef INOVASI_CNCURSES_SHIM_H
#define INOVASI_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift 6 rejects C globals as not concurrency-safe; these accessors read them. */
static inline WINDOW *inovasi_stdscr(void) { return stdscr; }
static inline int inovasi_lines(void) { return LINES; }
static inline int inovasi_cols(void) { return COLS; }
static inline int inovasi_colors(void) { return COLORS; }
static inline int inovasi_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *inovasi_stdin(void) { return stdin; }
static inline FILE *inovasi_stdout(void) { return stdout; }

/* Function-like macros are not imported into Swift. */
static inline attr_t inovasi_a_normal(void) { return A_NORMAL; }
static inline attr_t inovasi_a_bold(void) { return A_BOLD; }
static inline attr_t inovasi_a_dim(void) { return A_DIM; }
static inline attr_t inovasi_a_underline(void) { return A_UNDERLINE; }
static inline attr_t inovasi_a_reverse(void) { return A_REVERSE; }
static inline attr_t inovasi_a_italic(void) { return A_ITALIC; }
static inline int inovasi_key_f(int n) { return KEY_F(n); }

#endif
