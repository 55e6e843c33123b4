do goto l; ::l:: end
do goto l; ::l:: end
