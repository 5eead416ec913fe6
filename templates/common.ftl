<#-- Helpers shared by every page. Import with: <#import "common.ftl" as c> -->

<#-- The page word for key, from messages_LANG.properties, with {0}, {1}... filled in:
     ${c.t("tutorial.step", 3)} gives "Étape 3". One pass over the message, as decision.js
     does, so a "{1}" inside an argument (a contact's name) stays as it is. -->
<#function t key args...>
  <#local parts = msg[key]?split("{")>
  <#local text = parts[0]>
  <#list parts[1..] as part>
    <#local m = part?matches(r"(\d+)\}(.*)", "s")>
    <#if m && m?groups[1]?number < args?size>
      <#local text = text + args[m?groups[1]?number]?string + m?groups[2]>
    <#else>
      <#local text = text + "{" + part>
    </#if>
  </#list>
  <#return text>
</#function>
