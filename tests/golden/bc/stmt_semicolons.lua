local a = 1; local b = 2;
;
f();
x = 1;; y = 2
