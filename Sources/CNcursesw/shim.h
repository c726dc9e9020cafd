// Swift's view of ncursesw. The wide-character API must be switched on before
// curses.h is included (SwiftPM drops pkg-config's -D flags), and the macros
// Swift cannot import (attributes, mouse masks, C globals) get accessors here.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <termios.h>
#include <ncursesw/curses.h>

// Attributes (NCURSES_BITS expressions).
static inline attr_t m54_a_normal(void) { return A_NORMAL; }
static inline attr_t m54_a_bold(void) { return A_BOLD; }
static inline attr_t m54_a_dim(void) { return A_DIM; }
static inline attr_t m54_a_underline(void) { return A_UNDERLINE; }
static inline attr_t m54_a_reverse(void) { return A_REVERSE; }
static inline attr_t m54_a_italic(void) { return A_ITALIC; }
static inline attr_t m54_a_standout(void) { return A_STANDOUT; }

// C globals (rejected by Swift 6 strict concurrency when read directly).
static inline WINDOW *m54_stdscr(void) { return stdscr; }
static inline WINDOW *m54_curscr(void) { return curscr; }
static inline int m54_colors(void) { return COLORS; }
static inline int m54_color_pairs(void) { return COLOR_PAIRS; }

// Mouse masks.
static inline mmask_t m54_mouse_events(void) {
  return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON2_PRESSED | BUTTON3_PRESSED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
    | BUTTON5_PRESSED
#endif
    ;
}
static inline mmask_t m54_button1(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t m54_button2(void) { return BUTTON2_PRESSED | BUTTON2_CLICKED; }
static inline mmask_t m54_button3(void) { return BUTTON3_PRESSED | BUTTON3_CLICKED; }
static inline mmask_t m54_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t m54_wheel_down(void) {
#ifdef BUTTON5_PRESSED
  return BUTTON5_PRESSED;
#else
  return 0;
#endif
}

// The UTF-8 test of the current locale.
static inline const char *m54_codeset(void) { return nl_langinfo(CODESET); }
