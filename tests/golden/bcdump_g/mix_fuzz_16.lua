while (not (3i) .. {[ (g1) "s"[ next ] ] = (nil + 10); a = (gx); t; t {32767; g1; false; [ 0.1 ] = t,}; goto = g2[ print ],}) do
  return 
end
print(2^53, (...)[ ... ] - (print)(true))
local v1, v2, v3 = (function()
    for v4 in pairs({}) do
      do
        if v4 then
          local v5, v6, v7 = 3i, v4
          v4, v7 {"b"; "\n\t"; v7; [ v6 ] = 'x',}(not v7, (v7 ^ -1), v7).a, v4 = (v6).a, function(v8)
    x = ((0)[ {} ])
    local function v9(v10, v11, v12)
      g1 = (v5() >= v12:pairs(v12, v5, v7).a ^ 10)
    end
    return 
  end
          return v4, v4:m(v5, v7.y)(), #(v4) "s"()
        elseif (print().x) then
        elseif pairs > v4 then
        end
      end
      print, v4 {}(v4, v4)(v4, "a"):n(v4, v4, v4):pairs()[ {b = 100000, 0x10, [ false ] = 1e10, [ print ] = 2^53} ] = 32768, (v4 * (v4) == (0xff ~= v4)), v4
      local v13, v14, v15 = [[long]]
    end
  end or (({[ 0.1 ] = 256, y = "hello world", [ next ] = "a", x = 'x', x = next} >= "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" * true))), (100000 ^ {(print <= "next"), {[ t ] = 1, [ g2 ] = "\n\t", pairs, next,}, [ "b" < print ] = ("\n\t" < 1.5),}), .5
local v16, v17 = v2:n(v1, v3()), g2
local v18, v19 = {(0x1p4), -v3 - ... < true, {} == 65536 or 1e-5,}, .5, gx()
v1[ 1.5 .. v1(v16, 255, false)[ "pairs" ] ], v18 = ({[ 255 ] = 65536, [ 32767 ] = pairs, goto = 0}) and v17 < ...
v18(-false or "pairs", ((v1).b), true)
for v20 = (#nil <= false), v17 do
end
if (-not "pairs") then
else
  v17((v1 >= 0x7fffffff) / 2ULL, (0):m())
  local function v21(v22, v23, ...)
    v3, v21.a = 0x1p4, ({} > nil)
    repeat
    until 0
    v2()
    function gx.y:z()
      local v24, v25, v26
      repeat
        for v27, v28, v29 in 'x' - v3().y do
        end
        v21({v18, [ nil ] = "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"}, next)
      until {[ 10 ] = ((v25)); (v19 ~= -'x'); x = (next >= v26); [ v21(0)(false, 255, 0xff) / 65535 == nil ] = v21}
      local v30, v31, v32 = {x = v25; (2 ^ v17 + v22.x); ((0.1 == 1)); 0.1}, v16(v17 / true):n((255 / false)), (function(v33, v34, v35, ...)
    v21(3i, v22, 1e-5)(2^53)[ {v17, [ 0xff ] = "b",} <= -v35 ], v33, v1(v16, (v17), 255)[ (v35) and v18 ] = false, {a = 3; [ true ] = "\065\x41\u{41}"; v22; y = v24; x = v17} > g2("next")(0.1, .5, 2) .. (({v1, 2ULL, v33,} % v34) >= true)
    v17 = ("\065\x41\u{41}" .. v17), gx().x, (v35 {[ v24 ] = "next", b = 'x', [ v24 ] = 32767,} <= t.x and (v1 ~= v3) - v21:pairs(v21, false, "b"))
    return 
  end and not false)
    end
    local v36, v37 = v2[ (#{gx, y = 3i, "b"} or [[long]]) ], (v23 - ...), v16() {}:n()
  end
end
v19, v16, v1 = nil, function(v38, v39, v40)
    local v41
  end + ((.5 - 0x10 % v17)), ((2ULL) {a = 1.5, b = v17} * (...) {}(('x' .. "\065\x41\u{41}")))
do
  local v42, v43, v44 = v2, print, {goto = true, y = v3, y = (v3),}
  v2(v1, (v18 == false))(... < pairs % g2)
  local v45, v46, v47
end
for v48 = v16, v19.y, (("a"))({}, {[ gx ] = 1}, (g1.x)) do
end
next(v1.b)[ v1 ], v17 = (v3:n {10; goto = "next"; nil; v17,} % v16:n(-"a"))
local v49

