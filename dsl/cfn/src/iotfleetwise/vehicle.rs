// @generated from AWS::IoTFleetWise::Vehicle (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTFleetWise::Vehicle` and its property types.

/// Definition of AWS::IoTFleetWise::Vehicle Resource Type
///
/// CloudFormation type `AWS::IoTFleetWise::Vehicle`.
#[derive(Debug, Clone, PartialEq)]
pub struct Vehicle {
    props: ::forma_core::schema::Props,
}
impl Vehicle {
    /// A new resource with its required properties: `DecoderManifestArn`, `ModelManifestArn`, `Name`.
    #[track_caller]
    pub fn new(
        decoder_manifest_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        model_manifest_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, decoder_manifest_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, model_manifest_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AssociationBehavior`.
    #[track_caller]
    pub fn association_behavior(
        mut self,
        value: impl ::forma_core::schema::EnumArg<VehicleAssociationBehavior>,
    ) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Attributes`.
    #[track_caller]
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StateTemplates`.
    #[track_caller]
    pub fn state_templates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StateTemplateAssociation>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Vehicle {
    type Attributes = VehicleAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTFleetWise::Vehicle"
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
/// The attributes of a `AWS::IoTFleetWise::Vehicle` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VehicleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VehicleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VehicleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastModificationTime`.
    pub fn last_modification_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModificationTime")
    }
}

/// The values CloudFormation documents: `CreateIotThing`, `ValidateIotThingExists`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VehicleAssociationBehavior {
    /// `CreateIotThing`
    CreateIotThing,
    /// `ValidateIotThingExists`
    ValidateIotThingExists,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VehicleAssociationBehavior {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreateIotThing => "CreateIotThing",
            Self::ValidateIotThingExists => "ValidateIotThingExists",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CreateIotThing", "ValidateIotThingExists"]
    }
}
impl ::std::convert::From<VehicleAssociationBehavior> for ::forma_core::Value<VehicleAssociationBehavior> {
    fn from(v: VehicleAssociationBehavior) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VehicleAssociationBehavior {}

/// The `StateTemplateAssociation` property type of `AWS::IoTFleetWise::Vehicle`.
#[derive(Debug, Clone, PartialEq)]
pub struct StateTemplateAssociation {
    props: ::forma_core::schema::Props,
}
impl StateTemplateAssociation {
    /// A new value with its required properties: `Identifier`, `StateTemplateUpdateStrategy`.
    pub fn new(
        identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        state_template_update_strategy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, identifier.into().into_expr());
        props.set(1, state_template_update_strategy.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<StateTemplateAssociation> for ::forma_core::Value<StateTemplateAssociation> {
    fn from(v: StateTemplateAssociation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATE_TEMPLATE_ASSOCIATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTFleetWise::Vehicle`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::IoTFleetWise::Vehicle`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTFleetWise::Vehicle",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociationBehavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CreateIotThing", "ValidateIotThingExists"]),
        },
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "DecoderManifestArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ModelManifestArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z\\d\\-_:]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "StateTemplates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STATE_TEMPLATE_ASSOCIATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreationTime", "LastModificationTime"],
};

static STATE_TEMPLATE_ASSOCIATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::Vehicle.StateTemplateAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Identifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z\\d\\-_:]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "StateTemplateUpdateStrategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTFleetWise::Vehicle.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
