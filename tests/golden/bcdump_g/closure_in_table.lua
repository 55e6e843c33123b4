local t = {
  f = function() return 1 end,
  function() return 2 end,
  [3] = function() return 3 end,
}
