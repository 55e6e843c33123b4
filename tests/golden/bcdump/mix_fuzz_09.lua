print, t[ pairs >= g1 + (gx - t) ] = g2
while 0.1 do
end
do
  local v1, v2, v3 = (print.y - gx), next
  local v4 = ((256 % 1e-5))(0.1 ^ g1 ~= ..., 1e10, "hello world"), {goto = (256) * v1; y = -v2 > 32768; x = print.b; b = (2ULL) >= gx; a = 3 <= false,}
end
local v5, v6 = (1LL) - 'x' < g2, ((pairs(false)) < not {g1, [ "pairs" ] = "b",}), {a = {[ 65536 ] = 0.1, y = t,}}
repeat
  v5 = ((0x10 * 1) <= v5[ true ])
until -g1[ v5 ]
local function v7(v8)
  v8(-256 >= (print)(1e-5, v7, 32768)(v7, 32767), (([[long]])))
end
if print.a then
elseif (3i)((255 < -v5), (0x1p4), "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" * "" >= "a" >= v7).a then
  local v9, v10 = v6
  while 256 do
    local v11, v12 = v10, -#(v6 ~= 2^53)
    repeat
      v6([[long]], v9)
      local v13, v14, v15
      for v16, v17, v18 in pairs('x') do
        for v19 in pairs(v16.x), 3 do
          v16, v18, v6([[long]]):n({[ v19 ] = v9; 1.5; b = v18; [ "b" ] = nil}).b = v12, ...
          v9 = g1 {1; goto = v7 {[ "" ] = v9; [ 0x7fffffff ] = v14; next; v15,}; goto = (256):pairs(v9, next); gx == g1}
        end
        repeat
          while not (v14 and "") == v9.a do
          end
        until ((2^53 ~= true - (g1)))
        for v20 in 1LL, 1, 2 do
          v14(-(v10 == "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"), v10(g2, -1).b)
          v9() {[ v6 ] = v6; x = 255; [ [[long]] ] = ...}[ true == ... / v13 ], v13[ v11 ] = print, 0x1p4, #(v15:m(1e10) == v17 {print, a = false}) == (true - "next")
          local v21, v22 = pairs[ v18.y % ((v14) "s" {v7; goto = 65536} < 65536) ], ((3.25) % "").b
        end
      end
    until v13[ v15 ]
  end
elseif v6(-{1}, next, ...) then
  return 
else
end
repeat
until 32767

