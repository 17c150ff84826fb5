// @generated from AWS::Greengrass::CoreDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::CoreDefinition` and its property types.

/// Resource Type definition for AWS::Greengrass::CoreDefinition
///
/// CloudFormation type `AWS::Greengrass::CoreDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct CoreDefinition {
    props: ::forma_core::schema::Props,
}
impl CoreDefinition {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `InitialVersion`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn initial_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CoreDefinitionVersion>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CoreDefinition {
    type Attributes = CoreDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::CoreDefinition"
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
/// The attributes of a `AWS::Greengrass::CoreDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CoreDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CoreDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CoreDefinitionAttributes {
    /// `Fn::GetAtt` `LatestVersionArn`.
    pub fn latest_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersionArn")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `CoreDefinitionVersion` property type of `AWS::Greengrass::CoreDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct CoreDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl CoreDefinitionVersion {
    /// A new value with its required properties: `Cores`.
    pub fn new(cores: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Core>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cores.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CoreDefinitionVersion> for ::forma_core::Value<CoreDefinitionVersion> {
    fn from(v: CoreDefinitionVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CORE_DEFINITION_VERSION_TYPE.properties))
    }
}

/// The `Core` property type of `AWS::Greengrass::CoreDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Core {
    props: ::forma_core::schema::Props,
}
impl Core {
    /// A new value with its required properties: `CertificateArn`, `Id`, `ThingArn`.
    pub fn new(
        certificate_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        thing_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_arn.into().into_expr());
        props.set(1, id.into().into_expr());
        props.set(3, thing_arn.into().into_expr());
        Self { props }
    }
    /// `SyncShadow`.
    pub fn sync_shadow(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Core> for ::forma_core::Value<Core> {
    fn from(v: Core) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CORE_TYPE.properties))
    }
}

/// The schema of `AWS::Greengrass::CoreDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::CoreDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "InitialVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CORE_DEFINITION_VERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["LatestVersionArn", "Arn", "Id"],
};

static CORE_DEFINITION_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::CoreDefinition.CoreDefinitionVersion",
    properties: &[::forma_core::schema::Property {
        name: "Cores",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CORE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static CORE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::CoreDefinition.Core",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SyncShadow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ThingArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
