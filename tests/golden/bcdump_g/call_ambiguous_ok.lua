local a = f
;(g)()
local b = f(
1,
2
)
