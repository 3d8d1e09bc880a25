// The demo article mounts the default story (compiled into the wasm) into its figure.
import init, { mount } from "./pkg/infographic.js";

await init();
mount(document.getElementById("pingyuan-widget"));
