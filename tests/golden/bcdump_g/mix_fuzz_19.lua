local v1, v2, v3 = pairs, ("hello world")
do
end
v2(v1)(v3, v2):m(..., v2):pairs({[ 32767 ] = v2, [ 0 ] = v3, g1, a = v1, nil}, {[ 100000 ] = true; 3; [ "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" ] = pairs; 65535; "a",}).a, v2, v1 = nil, ((true + "\n\t" / v3) / 1.5 + 1LL)
v2[ {v1; gx; v1; x = v3,} or v3[ 0 ] ] = v3, (#v2 ~= v1 / true)
x = 1LL
v3(v1[ v1 ], v1 "s"(0x10))
for v4 = {x = v3, [ v3 ~= (1e-5) ] = ((g1):n(0x7fffffff, .5)), goto = ... < [[long]] ~= v2.x, "hello world", a = v3}, v3, (g2 / 0) % "next" do
  for v5 = (0x1p4 and 100000 ^ (v5 > v3) .. (("\n\t").y + (0xff))), v5 do
  end
  for v6, v7 in -1 do
    v7.a, v1 = (v2() >= (1.5 <= "a")), ((v2 % (v7.b ^ (v6)[ v7 ])) ~= {}), gx
    local v8, v9, v10 = v3[ gx ]
  end
  do
    if not function(v11, v12, v13)
    v11(v13[ v2 ], 1e-5)()
    v1 "s"
    local v14, v15
    return "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", ((g2('x')) <= 32768), nil / v15.a
  end then goto c34 end
    do
      if v2 then goto c794 end
      ::c794::
    end
    local v16, v17
    ::c34::
  end
end
local v18, v19, v20 = 256
for v21, v22, v23 in pairs(v20), 3 do
  g1:n("")(v3(1LL, 'x', 65535)(v18, 256), {y = "\n\t", [ -1 ] = -1, x = 3.25, [ true ] = "next", b = "pairs"}, v23 == 257)(v22, v3)
  v1 {v18, g2, "b", x = v3}.a, t((2^53 == v19), gx, ...).b, v19 = (v21 ~= 255)
  v22, print:pairs()(v1(v21, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", v23))[ v2 ], t = ({false, false, [ false ] = v19, x = v18} >= v18 % v23)
  return "hello world" == 0
end
local v24, v25, v26 = #gx < 2^53, (v19 or 65535 ^ 255)
local v27, v28, v29 = 3.25
v19(not v29.b, (not v19), v28 "s" "s")
local v30, v31 = v29.y
local v32, v33, v34 = pairs[ {not v25} ], (false)(false, false, ...)((g2 == 1e-5)) - v27()
local function v35(...)
  local v36, v37, v38 = function(v39)
    local v40, v41
    local function v42(v43)
      v29(v32, v26 "s", ((v39)))
      v34 = (0.1) {[ v1.a ] = (v34 and v29), b = 100000 < 0xff, v32(v26) "s"}
      v1(0.1):pairs(65535, not 65535).a, v41, v40((256), v20()).b = (false * 10)
    end
    local v44
    local function v45(v46)
      v19 = (v31 - next)
      gx = v3.b / (32767)(nil, g1):n(1LL) {}(3.25, 65536)():pairs(v32.a, pairs)
      return {{v41,} * 'x' .. "b"; false; (not 65536 .. 32767); x = 1,}
    end
    local v47
  end
  return v33 or not (v33(255, 3, .5).y .. -"\065\x41\u{41}"), false, 3.25
end
x = ((v25)(v18, v28)("", v32)("next"))()
do
  if (2ULL) then
    local v48 = "hello world", 2ULL
  end
  g2((v1).y .. 3i, ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" % {y = true,}), 257)
end
for v49, v50 in next * v2[ v3[ 65536 ] + ... ], 1, 2 do
  local v51, v52, v53 = true, v33(), "\065\x41\u{41}"
end
for v54 = (1e-5 and v33 "s"()), ((#0x10) * (v35 ~= v30() / 0 ~= v32 or "")), "hello world" + function()
    while v3.b do
      local v55, v56 = v20:m(v20 == {}), v20.y
    end
    v19 "s"
    local v57, v58, v59 = (v2 * "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")
    local v60, v61 = print[ v19(v18[ 100000 ], (false ^ false), (v19 % v26)) ]
  end do
  local v62, v63 = v29 "s", 1e10 % 1, (print <= {false, b = false, v54})[ (gx):n()()(v29, #g2, print) ]
  return {255; goto = -v35 % 0x1p4; [ (256):pairs(false) ] = v2.b; [ t.a ] = gx {v54, g2, x = "\n\t", a = v24,}; a = ((v62) == v18.x),}, ("pairs"), v19(3.25 < v63(..., 257)(next, "")).a
end
v20(2^53, v31)
for v64 = {goto = 1e10 and "\n\t"; [ -v64 ] = (1e10 or v2); v26[ 0xff ]; [ 0xff ] = "next"; .5,} .. ((pairs)).b, next(100000, v20) do
  local v65, v66 = {a = (v64 >= v33), [ (v24 ^ 65536) ] = {[ "\n\t" ] = ...; a = 0.1; y = v64,} + {a = "a", [ "\n\t" ] = "\n\t", b = v32,}, [ 1.5 ] = (nil - v27), [ (2 + v2) ^ false > v27 ] = v31}, (("\n\t")[ -v19 ] <= (v1)[ v25 ] / {(65535 <= 10), a = v26, y = (true), b = true ~= v20})
end
while 0.1 do
  v29.a, v1, v3 = v25
end

