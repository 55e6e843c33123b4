-- Runaway recursion: "stack overflow", and a traceback with "..." in the middle.
local function recurse(n) return 1 + recurse(n + 1) end
recurse(1)
