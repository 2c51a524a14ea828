#ifndef INOVASI_CNCURSES_SHIM_H
#define INOVASI_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
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

/* Window size without the getmaxyx macro. */
static inline int inovasi_max_x(WINDOW *win) { return getmaxx(win); }
static inline int inovasi_max_y(WINDOW *win) { return getmaxy(win); }

/* Fills a cchar_t; the pair goes through setcchar's opts pointer, so pairs above 255 survive. */
static inline int inovasi_setcchar(cchar_t *cell, const wchar_t *text, attr_t attributes, int pair) {
    return setcchar(cell, text, attributes, 0, &pair);
}

/* Makes the locale UTF-8: the user's locale when it is UTF-8, otherwise C.UTF-8. 1 when UTF-8. */
static inline int inovasi_ensure_utf8_locale(void) {
    setlocale(LC_ALL, "");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return 1;
    if (setlocale(LC_ALL, "C.UTF-8") == NULL) return 0;
    return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

/* A terminfo string of the current terminal, or NULL when absent or not a string capability. */
static inline const char *inovasi_tigetstr(const char *name) {
    char *value = tigetstr(name);
    if (value == (char *)-1) return NULL;
    return value;
}

/*
 * Looks `name` up in terminfo without printing anything and without keeping it loaded.
 * Returns 1 when found (then fills colors, -1 when absent, and has_cup), 0 when unknown.
 */
static inline int inovasi_probe_terminfo(const char *name, int fd, int *colors, int *has_cup) {
    int status = 0;
    TERMINAL *previous = cur_term;
    if (setupterm(name, fd, &status) != OK || status != 1) {
        if (cur_term != previous && cur_term != NULL) del_curterm(cur_term);
        set_curterm(previous);
        return 0;
    }
    *colors = tigetnum("colors");
    *has_cup = inovasi_tigetstr("cup") != NULL;
    TERMINAL *probed = set_curterm(previous);
    if (probed != previous) del_curterm(probed);
    return 1;
}

#include "signals.h"
#include "watchdog.h"

#endif
