local v1, v2 = nil, gx
for v3 in -v2(false, 0) .. #(32767 * 1e308) - 3i, 1, 2 do
  v3 {1, x = true, nil,}(2^53, t.a, 1e10 <= 0x1p4).a, v3.a, v3.b = {[ (v1)()[ v1[ v2 ] ] ] = 0x10; [ ((...) or 0x1p4 .. 1e-5) ] = (not v2 and gx(true, v3, true)(true, v1)(v3, 0x10)),}, v1 % "pairs", v2
  for v4 = (v1 * v3), {[ ((nil)) ] = print().x < v3; [ {v3, goto = print, v1, goto = v1, t} ] = 32767} do
    if nil then
    elseif {[ v3 "s"() ] = #(v1):m(nil), b = v1(v1, 2^53, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"), goto = {}, [ (v4)[ 256 ] ] = (v2 > v1) >= v2.y} then
      function t.a(v5, v6, ...)
        if (((v1))[ 65536 ] + v6) then
          local function v7(v8, v9, ...)
            v7, v1 = function()
    v8 = (100000 % 2ULL)
    v8, v2 {x = v2, [ v6 ] = true, [ g2 ] = false, a = v4, b = 65535,}:n(true, 1)()(true, false)(v6(""))[ (print) ] = (("a")).b
    v6 = (2^53)
    v6 = v1:m((gx ~= 0x7fffffff), 0xff):m()
  end ~= g1.y
            v8.a = v7
          end
          return #v1()
        elseif v6[ #(false .. ...) ] then
          local v10, v11, v12 = v3.x
        else
          if ({(""):n(pairs, 0, 1e10); y = v1; {a = 1e10; 0x10; v4}; [ #v4 ] = g1.y} < 1.5) then
            function gf(v13, v14, v15)
              t = not (0x1p4 .. (t < -1) == 256), gx {v15, 1e-5, [ false ] = 3i, y = [[long]],}(((v13))), #(true) and ((v1) or v3.y) ^ (next).a
              v2, v3.b, v3 = 1e10, v14:m(g1, 0xff):n((v13), true) <= ((v2([[long]])))
              local v16
            end
            v6 = {[ v4 "s"(2ULL) >= v1:pairs(255) ] = (1.5)(256, t)}, (v2 - next.x >= 1 < {'x', a = v3})
            return 
          else
            v1(((true or true)), true, {v1, v3, b = v5, b = 10,})
            do
              local v17, v18 = v6.a and 0, v5.x, 3i
            end
          end
          for v19 = (.5) {a = v3, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",} >= {"\n\t"} == v1, ((v6:m(false) ^ "pairs") and true) and #-next + v6 do
          end
          local v20, v21 = -function(v22, ...)
    local v23, v24, v25 = v1([[long]] + v5[ v22 ], ...).x, (function(v26, v27, v28)
    v2 = ((0xff)) {v27 + 3i; g1 + 1; {}}.b
    local v29, v30, v31 = false, v3.b
  end), 256
    local v32, v33 = -..., (0x10), v4[ (v23.a) ]
    local v34, v35, v36 = 1e10 * v3, -("b" ~= 255)
  end, #(v4 >= v6 {100000, goto = g2, a = v5, [ v6 ] = v6, "\065\x41\u{41}"}), (-1e-5).y
          return "a", v2(((v6) >= v21 % true), (0xff .. 2^53)), ((g1(.5, "\n\t")))
        end
        local v37, v38, v39 = (("") / v3:pairs('x', v5)[ 'x' ] ~= "pairs") < -v4.y, {}, v6[ 1 ]
        v38, next, pairs[ "next" ] = #g2
      end
    else
    end
    function t.a(v40, v41, ...)
      local v42
      return 
    end
    for v43 = {v43; [ [[long]] ] = 257 ^ 255; [ (65536) ] = g2; (v4):n(v1, 'x') "s"; nil} < not v1 and v43, v43.x do
      local v44, v45
    end
    return ((v3[ ("hello world" .. 2ULL) ] > 3.25 .. (1e-5)) + v1.b)
  end
end
local function v46(v47, v48)
  local function v49(v50, v51, v52)
    while 100000 do
    end
    local v53, v54 = (v46) * ((3) * v49.b), v48
    local function v55(v56, v57, v58)
      v2 = v54
    end
    next:pairs {}((true + v48 and 1LL), false)
    for v59 = 3, {} do
      break
    end
    return v47, v50:pairs(v55, -1)[ #(print) {a = true; goto = v48; v52; goto = 32768,} ]
  end
  local v60, v61
  pairs("\n\t", .5, (v60) "s":n()[ (0xff) ])
  v46[ (not true ~= print()) ] = 10
end
v1, v1 = {v1, [ "b" ] = (0x10)(gx, 1e308)}
local v62, v63
v63(v63:m(0.1, 256)(1e-5, 2ULL, v62)():m(), print.a, (next and v62)).b, v1[ (("\065\x41\u{41}" and 'x') ^ g1.x) ] = v1 - 0x10, (next[ "" ] <= 255), v46
x = function(v64, v65)
    local v66, v67, v68
    local v69, v70, v71 = 1.5
    print {{false, false,}, x = (v64).x, (g1 ^ v63), (1.5), [ 3.25 % v67 ] = (v63 ~= 3),}
    repeat
      repeat
      until not (g2 or "a")
      local v72, v73, v74
    until #{(1.5 > v69)}
  end

