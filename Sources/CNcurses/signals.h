#ifndef INOVASI_CNCURSES_SIGNALS_H
#define INOVASI_CNCURSES_SIGNALS_H

/*
 * Signal state for the terminal backend. A signal handler can only reach global state, so it
 * lives here in C rather than in Swift. The storage is a weak global: Swift emits these static
 * inline functions into every object file that calls them, and a weak definition makes all of
 * them share one copy instead of one per file.
 */

#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define INOVASI_FLAG_SIGNAL_COUNT 5
#define INOVASI_CRASH_SIGNAL_COUNT 6
#define INOVASI_RESET_CAPACITY 512

struct inovasi_signal_state {
    volatile sig_atomic_t termination_signal;
    volatile sig_atomic_t continued;
    int flags_installed;
    struct sigaction previous_flags[INOVASI_FLAG_SIGNAL_COUNT];
    /* Set while the watchdog (watchdog.h) runs: the flag handler then wakes it through the pipe. */
    volatile sig_atomic_t watchdog_running;
    int watchdog_wake_fd;
    volatile sig_atomic_t crash_installed;
    struct sigaction previous_crash[INOVASI_CRASH_SIGNAL_COUNT];
    int crash_fd;
    int has_termios;
    struct termios saved_termios;
    char reset[INOVASI_RESET_CAPACITY];
    size_t reset_length;
};

__attribute__((weak)) struct inovasi_signal_state inovasi_signal_state_storage = {0};

static const int inovasi_flag_signals[INOVASI_FLAG_SIGNAL_COUNT] = {SIGTERM, SIGINT, SIGHUP, SIGCONT, SIGQUIT};
static const int inovasi_crash_signals[INOVASI_CRASH_SIGNAL_COUNT] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE};

/* What SIGQUIT (Ctrl-\) does while the terminal runs. */
enum inovasi_quit_signal_action {
    /* Like SIGTERM: the loop ends and the program exits as after `q`. */
    INOVASI_QUIT_TERMINATES = 0,
    /* Nothing at all (a kiosk): neither Swift's crash reporter nor a core dump. */
    INOVASI_QUIT_IGNORED = 1,
};

/* Lets every signal through: a child of the test runner inherits SIGINT, SIGTERM, SIGWINCH blocked. */
static inline int inovasi_unblock_all_signals(void) {
    sigset_t none;
    sigemptyset(&none);
    return pthread_sigmask(SIG_SETMASK, &none, NULL);
}

/*
 * Only records the signal; the input loop sees it when get_wch returns with EINTR. A termination
 * signal also wakes the watchdog, which ends the process if the loop does not answer in time.
 */
static void inovasi_flag_handler(int signal_number) {
    struct inovasi_signal_state *state = &inovasi_signal_state_storage;
    if (signal_number == SIGCONT) {
        state->continued = 1;
        return;
    }
    state->termination_signal = signal_number;
    if (state->watchdog_running) {
        int saved_errno = errno;
        ssize_t ignored = write(state->watchdog_wake_fd, "s", 1);
        (void)ignored;
        errno = saved_errno;
    }
}

/*
 * Installs the flag handlers for SIGTERM, SIGINT, SIGHUP, SIGCONT and, as `quit_action` says,
 * SIGQUIT, without SA_RESTART. 0 on success.
 */
static inline int inovasi_install_flag_handlers(enum inovasi_quit_signal_action quit_action) {
    struct inovasi_signal_state *state = &inovasi_signal_state_storage;
    if (state->flags_installed) return -1;
    state->termination_signal = 0;
    state->continued = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    for (int i = 0; i < INOVASI_FLAG_SIGNAL_COUNT; i++) {
        int ignored = inovasi_flag_signals[i] == SIGQUIT && quit_action == INOVASI_QUIT_IGNORED;
        action.sa_handler = ignored ? SIG_IGN : inovasi_flag_handler;
        if (sigaction(inovasi_flag_signals[i], &action, &state->previous_flags[i]) != 0) {
            for (int j = 0; j < i; j++) sigaction(inovasi_flag_signals[j], &state->previous_flags[j], NULL);
            return -1;
        }
    }
    state->flags_installed = 1;
    return 0;
}

/* Puts back the handlers that were there before inovasi_install_flag_handlers. */
static inline void inovasi_restore_flag_handlers(void) {
    struct inovasi_signal_state *state = &inovasi_signal_state_storage;
    if (!state->flags_installed) return;
    for (int i = 0; i < INOVASI_FLAG_SIGNAL_COUNT; i++) {
        sigaction(inovasi_flag_signals[i], &state->previous_flags[i], NULL);
    }
    state->flags_installed = 0;
}

/* The termination signal received (SIGTERM, SIGINT, SIGHUP), or 0. */
static inline int inovasi_termination_signal(void) {
    return inovasi_signal_state_storage.termination_signal;
}

/* 1 when the process was continued (SIGCONT) since the last call; clears the flag. */
static inline int inovasi_take_continued(void) {
    if (!inovasi_signal_state_storage.continued) return 0;
    inovasi_signal_state_storage.continued = 0;
    return 1;
}

/* Writes all of `bytes` to `fd` with nothing but write(2); gives up on an error. */
static void inovasi_write_all(int fd, const char *bytes, size_t length) {
    size_t written = 0;
    while (written < length) {
        ssize_t n = write(fd, bytes + written, length - written);
        if (n <= 0 && errno != EINTR) break;
        if (n > 0) written += (size_t)n;
    }
}

/* Gives the shell its tty modes back and sends the terminal's reset sequences; async-signal-safe. */
static void inovasi_restore_terminal_now(void) {
    struct inovasi_signal_state *state = &inovasi_signal_state_storage;
    if (state->has_termios) tcsetattr(state->crash_fd, TCSANOW, &state->saved_termios);
    inovasi_write_all(state->crash_fd, state->reset, state->reset_length);
}

/* Restores the terminal as far as a dying process can, then lets the previous handler run. */
static void inovasi_crash_handler(int signal_number) {
    struct inovasi_signal_state *state = &inovasi_signal_state_storage;
    int saved_errno = errno;
    if (state->crash_installed) {
        state->crash_installed = 0;
        inovasi_restore_terminal_now();
        for (int i = 0; i < INOVASI_CRASH_SIGNAL_COUNT; i++) {
            sigaction(inovasi_crash_signals[i], &state->previous_crash[i], NULL);
        }
    }
    /* Blocked while this handler runs: delivered to the previous handler right after it returns. */
    raise(signal_number);
    errno = saved_errno;
}

/*
 * Installs the crash handler for SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT and SIGFPE.
 * `termios` (may be NULL) is restored on `fd`, then `reset` (the terminal's own sequences to leave
 * the alternate screen, show the cursor and reset attributes) is written to `fd`. 0 on success.
 */
static inline int inovasi_install_crash_handler(int fd, const struct termios *termios, const char *reset,
                                                size_t reset_length) {
    struct inovasi_signal_state *state = &inovasi_signal_state_storage;
    if (state->crash_installed || reset_length > INOVASI_RESET_CAPACITY) return -1;
    state->crash_fd = fd;
    state->has_termios = termios != NULL;
    if (termios != NULL) state->saved_termios = *termios;
    memcpy(state->reset, reset, reset_length);
    state->reset_length = reset_length;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = inovasi_crash_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    for (int i = 0; i < INOVASI_CRASH_SIGNAL_COUNT; i++) {
        sigaction(inovasi_crash_signals[i], &action, &state->previous_crash[i]);
    }
    state->crash_installed = 1;
    return 0;
}

/* Puts back the crash handlers that were there before; used on a normal shutdown. */
static inline void inovasi_restore_crash_handler(void) {
    struct inovasi_signal_state *state = &inovasi_signal_state_storage;
    if (!state->crash_installed) return;
    state->crash_installed = 0;
    for (int i = 0; i < INOVASI_CRASH_SIGNAL_COUNT; i++) {
        sigaction(inovasi_crash_signals[i], &state->previous_crash[i], NULL);
    }
}

#endif
