export function MapPersonasPanel() { return null; }
