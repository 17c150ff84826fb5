// @generated from AWS::AmplifyUIBuilder::Component (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AmplifyUIBuilder::Component` and its property types.

/// Definition of AWS::AmplifyUIBuilder::Component Resource Type
///
/// CloudFormation type `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct Component {
    props: ::forma_core::schema::Props,
}
impl Component {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AppId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn app_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BindingProperties`.
    #[track_caller]
    pub fn binding_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Children`.
    #[track_caller]
    pub fn children(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComponentChild>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CollectionProperties`.
    #[track_caller]
    pub fn collection_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ComponentType`.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn component_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnvironmentName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn environment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Events`.
    #[track_caller]
    pub fn events(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Overrides`.
    #[track_caller]
    pub fn overrides(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Properties`.
    #[track_caller]
    pub fn properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SchemaVersion`.
    #[track_caller]
    pub fn schema_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SourceId`.
    #[track_caller]
    pub fn source_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Variants`.
    #[track_caller]
    pub fn variants(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComponentVariant>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Component {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Component {
    type Attributes = ComponentAttributes;
    fn type_name(&self) -> &str {
        "AWS::AmplifyUIBuilder::Component"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::AmplifyUIBuilder::Component` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ComponentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ComponentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ComponentAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
}

/// The `ComponentBindingPropertiesValue` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentBindingPropertiesValue {
    props: ::forma_core::schema::Props,
}
impl ComponentBindingPropertiesValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BindingProperties`.
    pub fn binding_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComponentBindingPropertiesValueProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DefaultValue`.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentBindingPropertiesValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentBindingPropertiesValue> for ::forma_core::Value<ComponentBindingPropertiesValue> {
    fn from(v: ComponentBindingPropertiesValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_BINDING_PROPERTIES_VALUE_TYPE.properties))
    }
}

/// The `ComponentChild` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentChild {
    props: ::forma_core::schema::Props,
}
impl ComponentChild {
    /// A new value with its required properties: `ComponentType`, `Name`, `Properties`.
    pub fn new(
        component_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        properties: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, component_type.into().into_expr());
        props.set(3, name.into().into_expr());
        props.set(4, properties.into().into_expr());
        Self { props }
    }
    /// `Children`.
    pub fn children(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComponentChild>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Events`.
    pub fn events(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SourceId`.
    pub fn source_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ComponentChild> for ::forma_core::Value<ComponentChild> {
    fn from(v: ComponentChild) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_CHILD_TYPE.properties))
    }
}

/// The `ComponentDataConfiguration` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentDataConfiguration {
    props: ::forma_core::schema::Props,
}
impl ComponentDataConfiguration {
    /// A new value with its required properties: `Model`.
    pub fn new(model: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, model.into().into_expr());
        Self { props }
    }
    /// `Identifiers`.
    pub fn identifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Predicate`.
    pub fn predicate(mut self, value: impl ::std::convert::Into<::forma_core::Value<Predicate>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Sort`.
    pub fn sort(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SortProperty>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ComponentDataConfiguration> for ::forma_core::Value<ComponentDataConfiguration> {
    fn from(v: ComponentDataConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_DATA_CONFIGURATION_TYPE.properties))
    }
}

/// The `ComponentEvent` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentEvent {
    props: ::forma_core::schema::Props,
}
impl ComponentEvent {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Action`.
    pub fn action(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BindingEvent`.
    pub fn binding_event(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<ActionParameters>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentEvent {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentEvent> for ::forma_core::Value<ComponentEvent> {
    fn from(v: ComponentEvent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_EVENT_TYPE.properties))
    }
}

/// The `ComponentProperty` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentProperty {
    props: ::forma_core::schema::Props,
}
impl ComponentProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BindingProperties`.
    pub fn binding_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComponentPropertyBindingProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Bindings`.
    pub fn bindings(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CollectionBindingProperties`.
    pub fn collection_binding_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComponentPropertyBindingProperties>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ComponentName`.
    pub fn component_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Concat`.
    pub fn concat(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComponentProperty>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Condition`.
    pub fn condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ComponentConditionProperty>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Configured`.
    pub fn configured(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `DefaultValue`.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Event`.
    pub fn event(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `ImportedValue`.
    pub fn imported_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Model`.
    pub fn model(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `Property`.
    pub fn property(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `UserAttribute`.
    pub fn user_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentProperty> for ::forma_core::Value<ComponentProperty> {
    fn from(v: ComponentProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_PROPERTY_TYPE.properties))
    }
}

/// The `ComponentVariant` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentVariant {
    props: ::forma_core::schema::Props,
}
impl ComponentVariant {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Overrides`.
    pub fn overrides(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `VariantValues`.
    pub fn variant_values(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentVariant {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentVariant> for ::forma_core::Value<ComponentVariant> {
    fn from(v: ComponentVariant) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_VARIANT_TYPE.properties))
    }
}

/// The `ComponentBindingPropertiesValueProperties` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentBindingPropertiesValueProperties {
    props: ::forma_core::schema::Props,
}
impl ComponentBindingPropertiesValueProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Bucket`.
    pub fn bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DefaultValue`.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Field`.
    pub fn field(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Model`.
    pub fn model(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Predicates`.
    pub fn predicates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Predicate>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `SlotName`.
    pub fn slot_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `UserAttribute`.
    pub fn user_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentBindingPropertiesValueProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentBindingPropertiesValueProperties>
    for ::forma_core::Value<ComponentBindingPropertiesValueProperties>
{
    fn from(v: ComponentBindingPropertiesValueProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_BINDING_PROPERTIES_VALUE_PROPERTIES_TYPE.properties))
    }
}

/// The `Predicate` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct Predicate {
    props: ::forma_core::schema::Props,
}
impl Predicate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `And`.
    pub fn and(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Predicate>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Field`.
    pub fn field(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Operand`.
    pub fn operand(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OperandType`.
    pub fn operand_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Operator`.
    pub fn operator(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Or`.
    pub fn or(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Predicate>>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Predicate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Predicate> for ::forma_core::Value<Predicate> {
    fn from(v: Predicate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICATE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ASC`, `DESC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortDirection {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SortDirection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ASC", "DESC"]
    }
}
impl ::std::convert::From<SortDirection> for ::forma_core::Value<SortDirection> {
    fn from(v: SortDirection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SortDirection {}

/// The `SortProperty` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct SortProperty {
    props: ::forma_core::schema::Props,
}
impl SortProperty {
    /// A new value with its required properties: `Direction`, `Field`.
    pub fn new(
        direction: impl ::forma_core::schema::EnumArg<SortDirection>,
        field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, direction.into_enum_expr());
        props.set(1, field.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SortProperty> for ::forma_core::Value<SortProperty> {
    fn from(v: SortProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SORT_PROPERTY_TYPE.properties))
    }
}

/// The `ActionParameters` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionParameters {
    props: ::forma_core::schema::Props,
}
impl ActionParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Anchor`.
    pub fn anchor(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComponentProperty>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Fields`.
    pub fn fields(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Global`.
    pub fn global(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComponentProperty>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Id`.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComponentProperty>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Model`.
    pub fn model(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `State`.
    pub fn state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MutationActionSetStateParameter>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Target`.
    pub fn target(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComponentProperty>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComponentProperty>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Url`.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComponentProperty>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ActionParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ActionParameters> for ::forma_core::Value<ActionParameters> {
    fn from(v: ActionParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_PARAMETERS_TYPE.properties))
    }
}

/// The `ComponentPropertyBindingProperties` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentPropertyBindingProperties {
    props: ::forma_core::schema::Props,
}
impl ComponentPropertyBindingProperties {
    /// A new value with its required properties: `Property`.
    pub fn new(property: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, property.into().into_expr());
        Self { props }
    }
    /// `Field`.
    pub fn field(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ComponentPropertyBindingProperties>
    for ::forma_core::Value<ComponentPropertyBindingProperties>
{
    fn from(v: ComponentPropertyBindingProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_PROPERTY_BINDING_PROPERTIES_TYPE.properties))
    }
}

/// The `FormBindingElement` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormBindingElement {
    props: ::forma_core::schema::Props,
}
impl FormBindingElement {
    /// A new value with its required properties: `Element`, `Property`.
    pub fn new(
        element: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        property: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, element.into().into_expr());
        props.set(1, property.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FormBindingElement> for ::forma_core::Value<FormBindingElement> {
    fn from(v: FormBindingElement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORM_BINDING_ELEMENT_TYPE.properties))
    }
}

/// The `ComponentConditionProperty` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentConditionProperty {
    props: ::forma_core::schema::Props,
}
impl ComponentConditionProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Else`.
    pub fn else_(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComponentProperty>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Field`.
    pub fn field(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Operand`.
    pub fn operand(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `OperandType`.
    pub fn operand_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Operator`.
    pub fn operator(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Property`.
    pub fn property(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Then`.
    pub fn then(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComponentProperty>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentConditionProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentConditionProperty> for ::forma_core::Value<ComponentConditionProperty> {
    fn from(v: ComponentConditionProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_CONDITION_PROPERTY_TYPE.properties))
    }
}

/// The `MutationActionSetStateParameter` property type of `AWS::AmplifyUIBuilder::Component`.
#[derive(Debug, Clone, PartialEq)]
pub struct MutationActionSetStateParameter {
    props: ::forma_core::schema::Props,
}
impl MutationActionSetStateParameter {
    /// A new value with its required properties: `ComponentName`, `Property`, `Set`.
    pub fn new(
        component_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        property: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        set: impl ::std::convert::Into<::forma_core::Value<ComponentProperty>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, component_name.into().into_expr());
        props.set(1, property.into().into_expr());
        props.set(2, set.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MutationActionSetStateParameter> for ::forma_core::Value<MutationActionSetStateParameter> {
    fn from(v: MutationActionSetStateParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MUTATION_ACTION_SET_STATE_PARAMETER_TYPE.properties))
    }
}

/// The schema of `AWS::AmplifyUIBuilder::Component`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AmplifyUIBuilder::Component",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BindingProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &COMPONENT_BINDING_PROPERTIES_VALUE_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "Children",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPONENT_CHILD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CollectionProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &COMPONENT_DATA_CONFIGURATION_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "ComponentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Events",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&COMPONENT_EVENT_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Overrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Map(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            )),
        },
        ::forma_core::schema::Property {
            name: "Properties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "SchemaVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "Variants",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPONENT_VARIANT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "Id", "ModifiedAt"],
};

static COMPONENT_BINDING_PROPERTIES_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AmplifyUIBuilder::Component.ComponentBindingPropertiesValue",
        properties: &[
            ::forma_core::schema::Property {
                name: "BindingProperties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&COMPONENT_BINDING_PROPERTIES_VALUE_PROPERTIES_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DefaultValue",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static COMPONENT_CHILD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Component.ComponentChild",
    properties: &[
        ::forma_core::schema::Property {
            name: "Children",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPONENT_CHILD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComponentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Events",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&COMPONENT_EVENT_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Properties",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "SourceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COMPONENT_DATA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Component.ComponentDataConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Identifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Model",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Predicate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREDICATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SORT_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static COMPONENT_EVENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Component.ComponentEvent",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BindingEvent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static COMPONENT_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Component.ComponentProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "BindingProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_BINDING_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Bindings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&FORM_BINDING_ELEMENT_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "CollectionBindingProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_BINDING_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ComponentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Concat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Condition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_CONDITION_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Configured",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Event",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImportedValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Model",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Property",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COMPONENT_VARIANT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Component.ComponentVariant",
    properties: &[
        ::forma_core::schema::Property {
            name: "Overrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Map(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            )),
        },
        ::forma_core::schema::Property {
            name: "VariantValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static COMPONENT_BINDING_PROPERTIES_VALUE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AmplifyUIBuilder::Component.ComponentBindingPropertiesValueProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "Bucket",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "DefaultValue",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Field",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Key",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Model",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Predicates",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&PREDICATE_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "SlotName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "UserAttribute",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static PREDICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Component.Predicate",
    properties: &[
        ::forma_core::schema::Property {
            name: "And",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PREDICATE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Field",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Operand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OperandType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^boolean|string|number$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Operator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Or",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PREDICATE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SORT_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Component.SortProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "Direction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ASC", "DESC"]),
        },
        ::forma_core::schema::Property {
            name: "Field",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ACTION_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Component.ActionParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "Anchor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Fields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Global",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Model",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MUTATION_ACTION_SET_STATE_PARAMETER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE),
        },
    ],
    rules: &[],
};

static COMPONENT_PROPERTY_BINDING_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AmplifyUIBuilder::Component.ComponentPropertyBindingProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "Field",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Property",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static FORM_BINDING_ELEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Component.FormBindingElement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Element",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Property",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COMPONENT_CONDITION_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Component.ComponentConditionProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "Else",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Field",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Operand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OperandType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Operator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Property",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Then",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE),
        },
    ],
    rules: &[],
};

static MUTATION_ACTION_SET_STATE_PARAMETER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AmplifyUIBuilder::Component.MutationActionSetStateParameter",
        properties: &[
            ::forma_core::schema::Property {
                name: "ComponentName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Property",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Set",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&COMPONENT_PROPERTY_TYPE),
            },
        ],
        rules: &[],
    };
