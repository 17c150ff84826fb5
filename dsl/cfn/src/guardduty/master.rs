// @generated from AWS::GuardDuty::Master (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GuardDuty::Master` and its property types.

/// GuardDuty Master resource schema
///
/// CloudFormation type `AWS::GuardDuty::Master`.
#[derive(Debug, Clone, PartialEq)]
pub struct Master {
    props: ::forma_core::schema::Props,
}
impl Master {
    /// A new resource with its required properties: `DetectorId`, `MasterId`.
    #[track_caller]
    pub fn new(
        detector_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        master_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, detector_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, master_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Value used to validate the master account to the member account.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn invitation_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Master {
    type Attributes = MasterAttributes;
    fn type_name(&self) -> &str {
        "AWS::GuardDuty::Master"
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
/// The attributes of a `AWS::GuardDuty::Master` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MasterAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MasterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::GuardDuty::Master`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GuardDuty::Master",
    properties: &[
        ::forma_core::schema::Property {
            name: "DetectorId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InvitationId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MasterId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
