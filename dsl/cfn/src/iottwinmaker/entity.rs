// @generated from AWS::IoTTwinMaker::Entity (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTTwinMaker::Entity` and its property types.

/// Resource schema for AWS::IoTTwinMaker::Entity
///
/// CloudFormation type `AWS::IoTTwinMaker::Entity`.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    props: ::forma_core::schema::Props,
}
impl Entity {
    /// A new resource with its required properties: `EntityName`, `WorkspaceId`.
    #[track_caller]
    pub fn new(
        entity_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workspace_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, entity_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, workspace_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A map that sets information about a component type.
    #[track_caller]
    pub fn components(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map that sets information about a composite component.
    #[track_caller]
    pub fn composite_components(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the entity.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the entity.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn entity_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the parent entity.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn parent_entity_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Entity {
    type Attributes = EntityAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTTwinMaker::Entity"
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
/// The attributes of a `AWS::IoTTwinMaker::Entity` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EntityAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EntityAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EntityAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationDateTime`.
    pub fn creation_date_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationDateTime")
    }
    /// `Fn::GetAtt` `UpdateDateTime`.
    pub fn update_date_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateDateTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `HasChildEntities`.
    pub fn has_child_entities(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "HasChildEntities")
    }
}

/// The `Component` property type of `AWS::IoTTwinMaker::Entity`.
#[derive(Debug, Clone, PartialEq)]
pub struct Component {
    props: ::forma_core::schema::Props,
}
impl Component {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the component.
    ///
    /// Allowed: length 1 to 256.
    pub fn component_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the component type.
    ///
    /// Allowed: length 1 to 256.
    pub fn component_type_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the property definition set in the component.
    ///
    /// Allowed: length 1 to 256.
    pub fn defined_in(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The description of the component.
    ///
    /// Allowed: length 0 to 512.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An object that maps strings to the properties to set in the component type.
    pub fn properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// An object that maps strings to the property groups to set in the component type.
    pub fn property_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The current status of the entity.
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<Status>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Component {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Component> for ::forma_core::Value<Component> {
    fn from(v: Component) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_TYPE.properties))
    }
}

/// The `CompositeComponent` property type of `AWS::IoTTwinMaker::Entity`.
#[derive(Debug, Clone, PartialEq)]
pub struct CompositeComponent {
    props: ::forma_core::schema::Props,
}
impl CompositeComponent {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the component.
    ///
    /// Allowed: length 1 to 256.
    pub fn component_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The path of the component.
    ///
    /// Allowed: length 1 to 256.
    pub fn component_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ID of the component type.
    ///
    /// Allowed: length 1 to 256.
    pub fn component_type_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The description of the component.
    ///
    /// Allowed: length 0 to 512.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An object that maps strings to the properties to set in the component type.
    pub fn properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// An object that maps strings to the property groups to set in the component type.
    pub fn property_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The current status of the component.
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<Status>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CompositeComponent {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CompositeComponent> for ::forma_core::Value<CompositeComponent> {
    fn from(v: CompositeComponent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPOSITE_COMPONENT_TYPE.properties))
    }
}

/// An object that specifies information about a property.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    props: ::forma_core::schema::Props,
}
impl Property {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The definition of the property.
    pub fn definition(mut self, value: impl ::std::convert::Into<::forma_core::Value<Definition>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value of the property.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataValue>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Property {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Property> for ::forma_core::Value<Property> {
    fn from(v: Property) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPERTY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TABULAR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupType {
    /// `TABULAR`
    Tabular,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GroupType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tabular => "TABULAR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TABULAR"]
    }
}
impl ::std::convert::From<GroupType> for ::forma_core::Value<GroupType> {
    fn from(v: GroupType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GroupType {}

/// An object that specifies information about a property group.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyGroup {
    props: ::forma_core::schema::Props,
}
impl PropertyGroup {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of property group.
    pub fn group_type(mut self, value: impl ::forma_core::schema::EnumArg<GroupType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The list of property names in the property group.
    pub fn property_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PropertyGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PropertyGroup> for ::forma_core::Value<PropertyGroup> {
    fn from(v: PropertyGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPERTY_GROUP_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CREATING`, `UPDATING`, `DELETING`, `ACTIVE`, `ERROR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `CREATING`
    Creating,
    /// `UPDATING`
    Updating,
    /// `DELETING`
    Deleting,
    /// `ACTIVE`
    Active,
    /// `ERROR`
    Error,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl State {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Updating => "UPDATING",
            Self::Deleting => "DELETING",
            Self::Active => "ACTIVE",
            Self::Error => "ERROR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CREATING", "UPDATING", "DELETING", "ACTIVE", "ERROR"]
    }
}
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for State {}

/// The `Status` property type of `AWS::IoTTwinMaker::Entity`.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    props: ::forma_core::schema::Props,
}
impl Status {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Error`.
    pub fn error(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `State`.
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Status {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATUS_TYPE.properties))
    }
}

/// An object that specifies information about a property definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    props: ::forma_core::schema::Props,
}
impl Definition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An object that specifies information about a property configuration.
    pub fn configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An object that contains information about the data type.
    pub fn data_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataType>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An object that contains the default value.
    pub fn default_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataValue>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether the property ID comes from an external data store.
    pub fn is_external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether the property definition can be updated.
    pub fn is_final(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether the property definition is imported from an external data store.
    pub fn is_imported(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether the property definition is inherited from a parent entity.
    pub fn is_inherited(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether the property is required.
    pub fn is_required_in_entity(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether the property is stored externally.
    pub fn is_stored_externally(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether the property consists of time series data.
    pub fn is_time_series(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Definition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Definition> for ::forma_core::Value<Definition> {
    fn from(v: Definition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFINITION_TYPE.properties))
    }
}

/// An object that specifies a value for a property.
#[derive(Debug, Clone, PartialEq)]
pub struct DataValue {
    props: ::forma_core::schema::Props,
}
impl DataValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A Boolean value.
    pub fn boolean_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A double value.
    pub fn double_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An expression that produces the value.
    ///
    /// Allowed: length 1 to 316.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An integer value.
    pub fn integer_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A list of multiple values.
    pub fn list_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataValue>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A long value.
    pub fn long_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// An object that maps strings to multiple DataValue objects.
    pub fn map_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// A value that relates a component to another component.
    pub fn relationship_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataValueRelationshipValue>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A string value.
    ///
    /// Allowed: length 1 to 256.
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataValue> for ::forma_core::Value<DataValue> {
    fn from(v: DataValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_VALUE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RELATIONSHIP`, `STRING`, `LONG`, `BOOLEAN`, `INTEGER`, `DOUBLE`, `LIST`, `MAP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `RELATIONSHIP`
    Relationship,
    /// `STRING`
    String,
    /// `LONG`
    Long,
    /// `BOOLEAN`
    Boolean,
    /// `INTEGER`
    Integer,
    /// `DOUBLE`
    Double,
    /// `LIST`
    List,
    /// `MAP`
    Map,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Relationship => "RELATIONSHIP",
            Self::String => "STRING",
            Self::Long => "LONG",
            Self::Boolean => "BOOLEAN",
            Self::Integer => "INTEGER",
            Self::Double => "DOUBLE",
            Self::List => "LIST",
            Self::Map => "MAP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RELATIONSHIP", "STRING", "LONG", "BOOLEAN", "INTEGER", "DOUBLE", "LIST", "MAP"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// An object that specifies the data type of a property.
#[derive(Debug, Clone, PartialEq)]
pub struct DataType {
    props: ::forma_core::schema::Props,
}
impl DataType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The allowed values for this data type.
    pub fn allowed_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataValue>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The nested type in the data type.
    pub fn nested_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataType>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A relationship that associates a component with another component.
    pub fn relationship(mut self, value: impl ::std::convert::Into<::forma_core::Value<Relationship>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The underlying type of the data type.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The unit of measure used in this data type.
    ///
    /// Allowed: length 1 to 256.
    pub fn unit_of_measure(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataType> for ::forma_core::Value<DataType> {
    fn from(v: DataType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_TYPE_TYPE.properties))
    }
}

/// A value that relates a component to another component.
#[derive(Debug, Clone, PartialEq)]
pub struct DataValueRelationshipValue {
    props: ::forma_core::schema::Props,
}
impl DataValueRelationshipValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TargetComponentName`.
    ///
    /// Allowed: length 1 to 256.
    pub fn target_component_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TargetEntityId`.
    ///
    /// Allowed: length 1 to 128.
    pub fn target_entity_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataValueRelationshipValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataValueRelationshipValue> for ::forma_core::Value<DataValueRelationshipValue> {
    fn from(v: DataValueRelationshipValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_VALUE_RELATIONSHIP_VALUE_TYPE.properties))
    }
}

/// The type of the relationship.
#[derive(Debug, Clone, PartialEq)]
pub struct Relationship {
    props: ::forma_core::schema::Props,
}
impl Relationship {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of the relationship.
    ///
    /// Allowed: length 1 to 256.
    pub fn relationship_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the target component type associated with this relationship.
    ///
    /// Allowed: length 1 to 256.
    pub fn target_component_type_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Relationship {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Relationship> for ::forma_core::Value<Relationship> {
    fn from(v: Relationship) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RELATIONSHIP_TYPE.properties))
    }
}

/// The schema of `AWS::IoTTwinMaker::Entity`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::IoTTwinMaker::Entity",
properties: &[
::forma_core::schema::Property { name: "Components", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&COMPONENT_TYPE)) },
::forma_core::schema::Property { name: "CompositeComponents", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&COMPOSITE_COMPONENT_TYPE)) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(512) }) },
::forma_core::schema::Property { name: "EntityId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|^[a-zA-Z0-9][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9]+"), min_length: Some(1), max_length: Some(128) }) },
::forma_core::schema::Property { name: "EntityName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[a-zA-Z_0-9-.][a-zA-Z_0-9-. ]*[a-zA-Z0-9]+"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "ParentEntityId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("\\$ROOT|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|^[a-zA-Z0-9][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9]+"), min_length: Some(1), max_length: Some(128) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) })) },
::forma_core::schema::Property { name: "WorkspaceId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[a-zA-Z_0-9][a-zA-Z_\\-0-9]*[a-zA-Z0-9]+"), min_length: Some(1), max_length: Some(128) }) },
],
rules: &[],
attributes: &["Arn", "CreationDateTime", "UpdateDateTime", "Status", "HasChildEntities"],
};

static COMPONENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::Entity.Component",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComponentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z_\\-0-9]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComponentTypeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z_\\-0-9]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefinedIn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Properties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PROPERTY_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "PropertyGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PROPERTY_GROUP_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATUS_TYPE),
        },
    ],
    rules: &[],
};

static COMPOSITE_COMPONENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::Entity.CompositeComponent",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComponentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z_\\-0-9]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComponentPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z_\\-0-9/]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComponentTypeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z_\\-0-9]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Properties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PROPERTY_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "PropertyGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PROPERTY_GROUP_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATUS_TYPE),
        },
    ],
    rules: &[],
};

static PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::Entity.Property",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static PROPERTY_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::Entity.PropertyGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TABULAR"]),
        },
        ::forma_core::schema::Property {
            name: "PropertyNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z_\\-0-9]+"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(256) },
            ),
        },
    ],
    rules: &[],
};

static STATUS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::Entity.Status",
    properties: &[
        ::forma_core::schema::Property {
            name: "Error",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATING", "UPDATING", "DELETING", "ACTIVE", "ERROR"]),
        },
    ],
    rules: &[],
};

static DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::Entity.Definition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z_\\-0-9]+"),
                    min_length: Some(1),
                    max_length: Some(256),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "DataType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsFinal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsImported",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsInherited",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsRequiredInEntity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsStoredExternally",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsTimeSeries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static DATA_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::Entity.DataValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "BooleanValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DoubleValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(^\\$\\{Parameters\\.[a-zA-z]+([a-zA-z_0-9]*)}$)"),
                min_length: Some(1),
                max_length: Some(316),
            }),
        },
        ::forma_core::schema::Property {
            name: "IntegerValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ListValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LongValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MapValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&DATA_VALUE_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "RelationshipValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_VALUE_RELATIONSHIP_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static DATA_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::Entity.DataType",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NestedType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Relationship",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RELATIONSHIP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "RELATIONSHIP",
                "STRING",
                "LONG",
                "BOOLEAN",
                "INTEGER",
                "DOUBLE",
                "LIST",
                "MAP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "UnitOfMeasure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static DATA_VALUE_RELATIONSHIP_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::IoTTwinMaker::Entity.DataValueRelationshipValue",
properties: &[
::forma_core::schema::Property { name: "TargetComponentName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[a-zA-Z_\\-0-9]+"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "TargetEntityId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|^[a-zA-Z0-9][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9]+"), min_length: Some(1), max_length: Some(128) }) },
],
rules: &[],
};

static RELATIONSHIP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::Entity.Relationship",
    properties: &[
        ::forma_core::schema::Property {
            name: "RelationshipType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetComponentTypeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z_\\.\\-0-9:]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
