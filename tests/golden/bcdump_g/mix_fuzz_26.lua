for v1, v2 in pairs((false).x) do
end
local v3, v4
repeat
  local v5 = #v4.x, {[ -v4() {[ false ] = .5; a = 256; v4; v4,}.y ] = {v4; 0x1p4; x = "pairs"; v4,}; b = -v4(v4, v3).x}, (v3(0xff) >= (v3)) / #v4 + "pairs" % true
  do
    local v6, v7, v8 = v5(), (((v3).y <= {})), (function(v9, v10, v11)
    local v12 = (true and [[long]]), 1e10
    v11(v5.a)((#1e-5 - v3("next")), (v11 + nil))
    local v13, v14 = v11[ (-1).a ], not g1.y, (gx.b):pairs(v5[ v12.y ], v9:m("next", "next", 2), v3)
  end + v3.y >= (... ^ ...) > v5.x)
    print = (v3.b), v3
    break
  end
until "\n\t"
v3()
local v15 = (((gx .. {[ 0x1p4 ] = ...; [ 32767 ] = true; b = ...; [ 1 ] = v4; v3}) > "hello world")), ((v3 < (1 .. 65535) and (v3)) < 0)
v15 "s"
return (pairs:pairs(g1 .. nil) .. {}), #(1 + v15), v15.a

