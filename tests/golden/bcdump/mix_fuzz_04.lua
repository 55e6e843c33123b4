gx.a, gx[ (2^53) .. (...) ] = -(print:n() ~= g1)
for v1 = ({not v1} / v1("next", pairs, 1e10):pairs((2ULL or v1))), ("next" <= 2ULL) do
end
gx((g2 <= next)).a, t((nil / ...), (g2 == ...), (1.5 ^ [[long]])).b, gx.a = g1:n {{[ nil ] = print,}, [ (2^53) ] = print, (g1), (print)}
if next then
  while "next" do
    t[ (pairs + pairs) ], pairs((g2 > t))[ (not "\065\x41\u{41}") ], pairs = 65535, t
  end
  x = g1:m()
  local v2, v3, v4
else
  g2:m(#0, false, -1 > ...).a = (#print:m {...; y = "\n\t"; 2ULL; y = g2; a = 257}.b == ((print) / print)) ~= false % 32768 and next - "\n\t", (next + 1.5 ~= pairs), pairs
  x = ("pairs")
end
g2 = next, "\n\t"
gx(next, (g2), g2)[ g1 ] = (g2).x, "\n\t"
for v5 in false do
  for v6 in v5[ {[ (0xff) ] = v5.x, x = nil, x = #v5, y = [[long]],} ] do
    do
    end
    v5((nil)("\n\t", nil, true):m() {1.5, [ 1LL ] = v6, 0x7fffffff}, v6[ (32768 ^ v6) ], ((v5).y ^ v5 {goto = 255, [ 3i ] = 2, a = 257, a = 3i,}))
  end
  gx, v5, v5 = true
end

