// Lists the exercises from the API. Exercise data is set with textContent only:
// titles and summaries come from the bank and are never parsed as HTML.
"use strict";

const API = "/api/v1";

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderExercise(exercise) {
  const item = element("li", "exercise");
  item.dataset.id = exercise.id;

  const heading = element("div", "exercise-heading");
  heading.append(element("h3", "exercise-title", exercise.title));
  heading.append(element("span", "difficulty difficulty-" + exercise.difficulty,
                         exercise.difficulty));
  item.append(heading);

  item.append(element("p", "exercise-summary", exercise.summary));

  const tags = element("ul", "tags");
  for (const tag of exercise.tags) tags.append(element("li", "tag", tag));
  item.append(tags);

  const minutes = element("p", "minutes", "about " + exercise.estimated_minutes + " min");
  item.append(minutes);
  return item;
}

async function loadExercises() {
  const status = document.getElementById("status");
  const list = document.getElementById("exercises");
  try {
    const response = await fetch(API + "/exercises", { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error("the server answered " + response.status);
    const exercises = await response.json();
    list.replaceChildren(...exercises.map(renderExercise));
    status.textContent = exercises.length + " exercises";
  } catch (error) {
    status.textContent = "Could not load the exercises: " + error.message;
    status.classList.add("error");
  }
}

document.addEventListener("DOMContentLoaded", loadExercises);
