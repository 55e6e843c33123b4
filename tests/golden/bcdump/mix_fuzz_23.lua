g1 "s"
t, pairs, pairs = g1, {((3.25 and print)), next, [ (gx.y > #g2) ] = next, x = {x = false; goto = true; ""; 65536}, a = g1}, ("\065\x41\u{41}" .. g1[ gx ]) ~= print .. ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" and 3.25) + ({"b"})
if (pairs.a > g1()[ 3.25 ]) then
elseif (print(g1)[ ((print >= next)) ]) then
  repeat
    for v1, v2, v3 in pairs(({#print; [ not next ] = (1e10 >= print),} >= (true / next) and nil)), 3 do
    end
    for v4 = ({3,}), (gx {[ 1 ] = "", [ 3i ] = v4,} or -32768) do
      for v5 in pairs(v4) do
        v4.a = [[long]], 1e308, v5
        v5(v5(v5, ...), ((true ^ 10) and (1LL .. ...)), #v5)
        break
      end
      local v6 = v4(v4, v4[ print(v4, ..., "next") ])[ #(1LL).a ]
      return v4, ((10 < ("b" .. t)) - {[ 10 ] = v6, [ 1e10 ] = 0, 'x'} .. (0x1p4 / v6:m(v6, next)))
    end
  until 3
  g2.a, t = ((g1("b", t, "a") == t:pairs(false, 1)(257, -1)) ^ (true <= (next))), function()
    for v7, v8, v9, v10 in function()
    function gx.y:z(v11)
      v11 = -print
      g1(v11:m {}, v11, not "b")
      v11 = not v11
    end
    if (function(v12, v13, v14)
    local v15, v16 = ((g2 / 3i))(-1, ((g2 - 10))), (not g1.a + v14(nil)), #-v12 ~= 1e10 + 1e10
    print, v13[ v12("pairs", 65536) + {v14,} ], t = (v16 {}((v12), "\n\t" ~= 0.1, (v16)).y)
    v12 = next.y
    v16 = {1e10, "pairs", "pairs", (1e-5) * ("pairs" / v14), true,}
    v16 = (v16 + v15:n(0x7fffffff, "pairs", 1e10)) - "pairs"
  end == "\n\t") then
      gx "s"
      local v17, v18, v19
    else
      local v20, v21 = (32767), print, ""
    end
    pairs = 3i, (#{y = print, 1e308, 100000} + -print % (print) or "")
    local v22, v23, v24
    local v25 = (1e308)(((v22) >= (32767 - 0x1p4)))[ -(nil) > (not v22 > "b") ], (v23:n(v23, gx)((v22 .. true)) < ({} / not v24)), (((-1) >= (v22).b > (nil / false) * v22 ~= next))
  end do
      local v26, v27, v28
      for v29, v30, v31, v32 in pairs(255), 3 do
        t()
      end
    end
    next.a = gx(2, pairs, "\n\t")() * g1, g1
    if true then
    else
      repeat
        pairs "s"
        local v33, v34
      until v33 .. v33 * g2 + "" > 0x10 * v34:m()
    end
    local v35, v36 = print((print):pairs(print)(), g2, {next, a = g1, b = nil, 32767,}), print, (g2 and ((print))) >= {(1.5 and t); (gx .. t); x = 32767 > g2; 256; y = {1e-5; goto = g1; [ 1 ] = g2,},}
    v35()
  end, (nil >= -nil and {'x', x = g1, x = 0.1,} or {(gx); next; a = ("hello world" % 32767)})
else
  g2, next[ 3.25 ] = pairs, 0x7fffffff, (pairs.x - 1e-5)
end
t:n({[ 256 ] = pairs; [ 10 ] = true; [ ... ] = 255})(false, g1("\n\t", gx))
repeat
  t, g2 = (gx:pairs(gx, 257) % pairs()) - print
  pairs((gx == "pairs"), g1)()
  local v37, v38, v39
until true
if 1.5 then
  local v40, v41, v42
  g2()
  x = (3) % v41(t) "s"
else
  next:n(true, 255):pairs({}, gx:n()(0xff, ...))[ next(1e-5, 'x', false)()[ 3i ] ], print, g1[ {[ nil ] = 1LL} ] = g1, (not next.a or 32768)
  g2 = (g2(pairs[ g1 ])[ {x = pairs; [ next ] = ...; [ true ] = 65535; [ 65535 ] = nil; 3} ] and {goto = 32767, x = (true) {[ 257 ] = g2, [ 32767 ] = 3i, a = gx}, goto = #pairs,}), pairs("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")
  local v43, v44 = gx[ ... ]
end
t()
local v45, v46, v47 = (3.25 > g2)[ ((pairs())) ]
local v48, v49 = (1e-5)(v47, [[long]], -65536 <= v45).b, v46.y
g2.b, v45.b, gx = v49:m {a = 1e-5, [ "b" or v47 ] = {[ false ] = nil; 0x10; .5,}}.y, 1e10
if v46 then
  if 1.5 then
    print()
  elseif 100000 then
  elseif (2 - next()) then
    v45({[ 100000 ] = 0xff; [ 1e10 ] = 3; b = 65536; x = v48; y = 10,})
    local v50, v51, v52 = v49, v48, -(-"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" .. {goto = 1.5; a = "hello world",})
  end
  v46(not 'x', 1e-5, ("pairs" >= (v46)))
  v48.a = 32767 ~= (#...)
else
end
for v53, v54, v55 in print, 1, 2 do
  return ((65535)), (v55 < 0 and {b = v54; a = "b"; 2; [ "pairs" ] = v47}), (g2 "s"("next", -true, ...) % v53(1.5, 255)())
end
return 1LL, {10; v46; v48; x = true; [ 2ULL ] = 32768,} == nil % nil

