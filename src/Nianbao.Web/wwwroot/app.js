// Shared behaviour: nothing yet beyond marking that scripts run (pages add their own small scripts).
document.documentElement.classList.add("js");
