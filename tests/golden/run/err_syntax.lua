-- A syntax error in the script itself: one line on stderr, no traceback.
local x = = 1
