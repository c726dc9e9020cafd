/// The built-in key map, in the key map file syntax.
///
/// `Themes/default.keys` ships the same text as documentation and a starting
/// point for users (a test keeps the two identical).
public enum DefaultKeyMap {
  /// The text of the default key map file.
  public static let source = """
    # M54 Workbench default key map.
    # One binding per line: SCOPE KEY ACTION. Scopes: global, tree, detail,
    # encounter, checklist, help. A pane's own bindings win over global ones.
    # Keys: a character, or <Enter> <Esc> <Tab> <S-Tab> <BS> <Del> <Up> <Down>
    # <Left> <Right> <PgUp> <PgDn> <Home> <End> <Space> <F1>..<F12> <C-x> <M-x>
    # <lt> (for <) <Hash> (for #). ACTION "none" removes a binding.

    global     q        quit
    global     <C-c>    quit
    global     ?        help
    global     <F1>     help
    global     <Tab>    focus.next
    global     <S-Tab>  focus.previous
    global     1        focus.tree
    global     2        focus.detail
    global     3        focus.encounter
    global     4        focus.checklist
    global     /        search
    global     :        command
    global     ]        batch.next
    global     [        batch.previous
    global     }        batch.next-error
    global     <C-l>    redraw
    global     k        move.up
    global     <Up>     move.up
    global     j        move.down
    global     <Down>   move.down
    global     <PgUp>   page.up
    global     <C-b>    page.up
    global     <PgDn>   page.down
    global     <C-f>    page.down
    global     g        move.top
    global     <Home>   move.top
    global     G        move.bottom
    global     <End>    move.bottom

    tree       l        tree.expand
    tree       <Right>  tree.expand
    tree       h        tree.collapse
    tree       <Left>   tree.collapse
    tree       <Enter>  tree.toggle
    tree       <Space>  tree.toggle
    tree       a        encounter.add
    tree       <BS>     history.back

    detail     <Enter>  detail.follow
    detail     l        detail.follow
    detail     <Right>  detail.follow
    detail     <BS>     history.back
    detail     h        history.back
    detail     <Left>   history.back
    detail     a        encounter.add

    encounter  i        encounter.edit
    encounter  <Enter>  encounter.explain
    encounter  d        encounter.remove
    encounter  <Del>    encounter.remove
    encounter  J        encounter.move-down
    encounter  K        encounter.move-up
    encounter  u        encounter.unrelated

    checklist  <Space>  checklist.cycle
    checklist  <Enter>  checklist.cycle
    checklist  y        checklist.documented
    checklist  n        checklist.not-documented
    checklist  x        checklist.unknown

    help       <Esc>    help.close
    help       q        help.close
    help       ?        help.close
    help       <F1>     help.close
    help       k        move.up
    help       <Up>     move.up
    help       j        move.down
    help       <Down>   move.down
    help       <PgUp>   page.up
    help       <PgDn>   page.down
    help       g        move.top
    help       G        move.bottom

    """
}
