#ifndef INOVASI_CNCURSES_WATCHDOG_H
#define INOVASI_CNCURSES_WATCHDOG_H

/*
 * The watchdog: a thread that ends the process when the main loop does not answer a termination
 * signal in time (stuck in a data call or a CPU loop), after giving the terminal back.
 *
 * It sleeps in poll(2) on a pipe that the flag handler writes to, so it costs nothing while all
 * is well. After SIGTERM, SIGINT, SIGHUP (or SIGQUIT where it quits) it waits `grace_ms`; if the
 * terminal has not been shut down by then, it restores the tty modes and the terminal's reset
 * sequences (the same ones the crash handler writes), writes its note to standard error, and the
 * process dies of the very signal it was sent (SIGQUIT: _exit(128 + 3), no core dump).
 */

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <time.h>

#include "signals.h"

#define INOVASI_NOTE_CAPACITY 512

struct inovasi_watchdog_state {
    int pipe_ready;
    int pipe_fds[2];
    pthread_t thread;
    int stop;
    int grace_ms;
    char note[INOVASI_NOTE_CAPACITY];
    size_t note_length;
};

__attribute__((weak)) struct inovasi_watchdog_state inovasi_watchdog_storage = {0};

/* Milliseconds of CLOCK_MONOTONIC, which jumps of the wall clock do not move. */
static inline long long inovasi_monotonic_ms(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/* Puts `signal_number` back to its default action and lets it through on this thread. */
static inline void inovasi_watchdog_default(int signal_number) {
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signal_number, &fallback, NULL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signal_number);
    pthread_sigmask(SIG_UNBLOCK, &only, NULL);
}

/*
 * Lets held output flow again: Linux restarts a tty stopped by Ctrl-S when IXON is switched off
 * (TCOON only undoes TCOOFF). The modes are set again right after, from the saved ones.
 */
static inline void inovasi_resume_output(int fd) {
    struct termios modes;
    if (tcgetattr(fd, &modes) != 0) return;
    modes.c_iflag &= ~(tcflag_t)IXON;
    tcsetattr(fd, TCSANOW, &modes);
    tcflow(fd, TCOON);
}

/*
 * Gives the terminal back, says why, and ends the process as `signal_number` asks. A terminal
 * whose output is held (Ctrl-S, or a reader that stopped reading) could block the writes for ever:
 * output is resumed first, and an alarm ends the process (SIGALRM) if they still hang for 2 s.
 */
static void inovasi_watchdog_fire(int signal_number) {
    struct inovasi_watchdog_state *watchdog = &inovasi_watchdog_storage;
    inovasi_watchdog_default(SIGALRM);
    alarm(2);
    inovasi_resume_output(inovasi_signal_state_storage.crash_fd);
    inovasi_restore_terminal_now();
    inovasi_write_all(STDERR_FILENO, watchdog->note, watchdog->note_length);
    if (signal_number != SIGQUIT) {
        inovasi_watchdog_default(signal_number);
        raise(signal_number);
    }
    _exit(128 + signal_number);
}

/* Empties the wake-up pipe (non-blocking) so the next poll sleeps again. */
static inline void inovasi_watchdog_drain(void) {
    char bytes[64];
    while (read(inovasi_watchdog_storage.pipe_fds[0], bytes, sizeof bytes) > 0) {
    }
}

static void *inovasi_watchdog_main(void *unused) {
    (void)unused;
    struct inovasi_watchdog_state *watchdog = &inovasi_watchdog_storage;
    struct inovasi_signal_state *state = &inovasi_signal_state_storage;
    long long deadline = -1;
    for (;;) {
        if (__atomic_load_n(&watchdog->stop, __ATOMIC_SEQ_CST)) return NULL;
        int timeout = -1;
        int signal_number = state->termination_signal;
        if (signal_number != 0) {
            if (deadline < 0) deadline = inovasi_monotonic_ms() + watchdog->grace_ms;
            long long left = deadline - inovasi_monotonic_ms();
            if (left <= 0) inovasi_watchdog_fire(signal_number);
            timeout = (int)left;
        }
        struct pollfd wake = {.fd = watchdog->pipe_fds[0], .events = POLLIN, .revents = 0};
        poll(&wake, 1, timeout);
        inovasi_watchdog_drain();
    }
}

/*
 * What the watchdog thread blocks: every signal a person, a supervisor or the terminal sends, so
 * they reach the main thread and interrupt its get_wch. Left open: the faults a thread raises
 * itself, and SIGUSR1, SIGUSR2 and SIGPROF, with which Swift's crash reporter pauses every thread.
 */
static inline void inovasi_watchdog_blocked_signals(sigset_t *set) {
    static const int open_signals[] = {SIGUSR1, SIGUSR2, SIGPROF, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT};
    sigfillset(set);
    for (size_t i = 0; i < sizeof open_signals / sizeof open_signals[0]; i++) sigdelset(set, open_signals[i]);
}

/* The pipe is made once and kept for the life of the process: a signal handler on another thread
 * may still hold its number, and a closed number could be reused by a file (the store). */
static inline int inovasi_watchdog_make_pipe(void) {
    struct inovasi_watchdog_state *watchdog = &inovasi_watchdog_storage;
    if (watchdog->pipe_ready) return 0;
    if (pipe(watchdog->pipe_fds) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(watchdog->pipe_fds[i], F_SETFD, FD_CLOEXEC);
        fcntl(watchdog->pipe_fds[i], F_SETFL, fcntl(watchdog->pipe_fds[i], F_GETFL) | O_NONBLOCK);
    }
    watchdog->pipe_ready = 1;
    return 0;
}

/*
 * Starts the watchdog with `grace_ms` and the `note` (UTF-8, up to 511 bytes kept) it writes to
 * standard error when it fires. Call after inovasi_install_crash_handler, whose reset sequences it
 * uses. The thread blocks the signals meant for the main thread (inovasi_watchdog_blocked_signals).
 * 0 on success.
 */
static inline int inovasi_start_watchdog(int grace_ms, const char *note, size_t note_length) {
    struct inovasi_watchdog_state *watchdog = &inovasi_watchdog_storage;
    struct inovasi_signal_state *state = &inovasi_signal_state_storage;
    if (state->watchdog_running || inovasi_watchdog_make_pipe() != 0) return -1;
    inovasi_watchdog_drain();
    if (note_length > INOVASI_NOTE_CAPACITY) note_length = INOVASI_NOTE_CAPACITY;
    memcpy(watchdog->note, note, note_length);
    watchdog->note_length = note_length;
    watchdog->grace_ms = grace_ms;
    __atomic_store_n(&watchdog->stop, 0, __ATOMIC_SEQ_CST);
    state->watchdog_wake_fd = watchdog->pipe_fds[1];
    /* Before the thread exists, so that no signal in between goes without a wake-up. */
    state->watchdog_running = 1;
    sigset_t blocked, previous;
    inovasi_watchdog_blocked_signals(&blocked);
    pthread_sigmask(SIG_SETMASK, &blocked, &previous);
    int failed = pthread_create(&watchdog->thread, NULL, inovasi_watchdog_main, NULL);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    if (failed) state->watchdog_running = 0;
    return failed ? -1 : 0;
}

/* Stops the watchdog and waits for its thread; the terminal is back, nothing is left to guard. */
static inline void inovasi_stop_watchdog(void) {
    struct inovasi_watchdog_state *watchdog = &inovasi_watchdog_storage;
    struct inovasi_signal_state *state = &inovasi_signal_state_storage;
    if (!state->watchdog_running) return;
    state->watchdog_running = 0;
    __atomic_store_n(&watchdog->stop, 1, __ATOMIC_SEQ_CST);
    ssize_t ignored = write(watchdog->pipe_fds[1], "x", 1);
    (void)ignored;
    pthread_join(watchdog->thread, NULL);
}

#endif
